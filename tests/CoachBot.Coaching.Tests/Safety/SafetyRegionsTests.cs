using CoachBot.Coaching.Safety;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.Tests.Safety;

public sealed class SafetyRegionsTests
{
    [Theory]
    [InlineData("Europe/London", "en-US", "UK")]
    [InlineData("America/New_York", "en-GB", "US")]
    [InlineData("America/Indiana/Indianapolis", null, "US")]
    [InlineData("America/Toronto", null, "US")]
    [InlineData("Asia/Tokyo", "en-US", "Generic")]
    [InlineData("America/Sao_Paulo", "en-US", "Generic")]
    [InlineData(null, "en-GB", "UK")]
    [InlineData(null, "en-US", "US")]
    [InlineData(null, "fr-FR", "Generic")]
    [InlineData(null, "en", "Generic")]
    [InlineData(null, "not a locale", "Generic")]
    [InlineData(null, null, "Generic")]
    public void The_time_zone_says_where_someone_is_before_the_locale_does(string? zone, string? locale, string expected)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Locale = locale };

        Assert.Equal(Enum.Parse<SafetyRegion>(expected), SafetyRegions.For(activity, new UserProfile { TimeZoneId = zone }));
    }

    [Fact]
    public void A_country_the_person_named_wins_over_zone_and_locale()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Locale = "en-GB" };

        Assert.Equal(SafetyRegion.US, SafetyRegions.For(activity, new UserProfile { TimeZoneId = "Europe/London", SafetyRegion = "us" }));
    }

    [Theory]
    [InlineData("I'm ok, sorry", "Denial")]
    [InlineData("no, you misunderstood", "Denial")]
    [InlineData("I didn't mean it like that", "Denial")]
    [InlineData("just tired", "Denial")]
    [InlineData("yes", "Affirm")]
    [InlineData("sometimes", "Affirm")]
    [InlineData("I am", "Affirm")]
    public void Answers_to_the_crisis_question_are_read(string text, string expected) =>
        Assert.Equal(Enum.Parse<FollowUpCue>(expected), FollowUpPhrases.ReadAnswer(text));

    [Theory]
    [InlineData("yes please", "CarryOn")]
    [InlineData("carry on", "CarryOn")]
    [InlineData("ok", "CarryOn")]
    [InlineData("leave it for now", "LeaveIt")]
    [InlineData("not now", "LeaveIt")]
    [InlineData("no", "LeaveIt")]
    public void Answers_to_carry_on_or_leave_it_are_read(string text, string expected) =>
        Assert.Equal(Enum.Parse<FollowUpCue>(expected), FollowUpPhrases.ReadOffer(text));

    [Theory]
    [InlineData("UK", "CountryUk")]
    [InlineData("I'm in Scotland", "CountryUk")]
    [InlineData("the US", "CountryUs")]
    [InlineData("I live in America.", "CountryUs")]
    [InlineData("leave us alone", "none")]
    [InlineData("France", "none")]
    public void A_country_is_read_only_when_it_is_the_whole_answer(string text, string expected) =>
        Assert.Equal(expected, FollowUpPhrases.ReadCountry(text)?.ToString() ?? "none");
}

using CoachBot.Coaching.Advice;
using CoachBot.Coaching.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static CoachBot.Coaching.Tests.Advice.DiaryNights;

namespace CoachBot.Coaching.Tests.Advice;

public sealed class AdviceCoachTests
{
    private static AdviceCoach Coach(AdviceSettings? settings = null) =>
        new(Library, Options.Create(settings ?? WithNoRepeat()), NullLogger<AdviceCoach>.Instance);

    private static UserData Person(bool consent = true) => new() { Profile = new UserProfile { DiaryConsent = consent } };

    [Fact]
    public void Advice_is_recorded_with_its_pattern_and_reason()
    {
        var user = Person();
        var tonight = ShortNight(painNight: 8);
        user.Diary.Add(tonight);

        Coach().Offer(user, tonight, Today);

        Assert.Equal(
            [new AdviceGiven("flare.not_ruined", 0, Today, "flare", "pain_night 8 >= 7"), new AdviceGiven("rough.usual_rise", 0, Today, "rough_night", "total sleep 330 min < 360")],
            user.RecentAdvice);
    }

    [Fact]
    public void Two_ideas_are_followed_by_a_line_that_leaves_the_choice_open()
    {
        var text = Coach().Offer(Person(), ShortNight(), Today)!;

        var parts = text.Split("\n\n");
        Assert.Equal(3, parts.Length);
        Assert.Contains(parts[2], Library.Closings);
        Assert.Equal(Library["rough.not_ruined"].Phrasings[0], parts[0]);
    }

    [Fact]
    public void One_idea_stands_alone()
    {
        var text = Coach().Offer(Person(), Night(), Today)!;

        Assert.Equal(Library["any.morning_light"].Phrasings[0], text);
    }

    [Fact]
    public void Only_the_latest_items_given_are_kept()
    {
        var user = Person();
        var coach = Coach(new AdviceSettings { Remember = 5 });
        for (var day = 0; day < 10; day++)
        {
            coach.Offer(user, ShortNight() with { DiaryDate = Today.AddDays(day) }, Today.AddDays(day));
        }

        Assert.Equal(5, user.RecentAdvice.Count);
        Assert.Equal(Today.AddDays(9), user.RecentAdvice[^1].On);
        Assert.Equal(Today.AddDays(7), user.RecentAdvice[0].On);
    }

    [Fact]
    public void Without_a_diary_the_numbers_behind_a_choice_are_not_kept()
    {
        var user = Person(consent: false);

        Coach().Offer(user, ShortNight(painNight: 8), Today);

        Assert.All(user.RecentAdvice, given => Assert.Null(given.Reason));
        Assert.Equal("flare", user.RecentAdvice[0].Pattern);
    }

    [Fact]
    public void With_nothing_fresh_to_offer_nothing_is_said_or_recorded()
    {
        var user = Person();
        user.RecentAdvice.AddRange(Library.Items.Select(i => new AdviceGiven(i.Id, 0, Today, AdvicePatterns.NameOf(i.When), null)));
        var before = user.RecentAdvice.Count;

        Assert.Null(Coach(new AdviceSettings { Remember = 200 }).Offer(user, ShortNight(), Today));
        Assert.Equal(before, user.RecentAdvice.Count);
    }
}

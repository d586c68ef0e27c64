using CoachBot.Coaching.Content;
using CoachBot.Coaching.Tests.Onboarding;
using CoachBot.Coaching.TimeZones;

namespace CoachBot.Coaching.Tests.TimeZones;

public sealed class TimeZoneResolverTests
{
    private static readonly TimeZoneResolver Resolver = TimeZoneResolver.FromCatalog(Words.Messages);

    [Theory]
    [InlineData("London", "Europe/London")]
    [InlineData("new york", "America/New_York")]
    [InlineData("Sydney", "Australia/Sydney")]
    [InlineData("Lord Howe", "Australia/Lord_Howe")]
    [InlineData("buenos aires", "America/Argentina/Buenos_Aires")]
    [InlineData("  LOS_ANGELES  ", "America/Los_Angeles")]
    [InlineData("Paris.", "Europe/Paris")]
    public void A_city_name_in_any_case_finds_its_zone(string text, string expected) => AssertResolves(text, expected);

    [Theory]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("america/new_york", "America/New_York")]
    [InlineData("EUROPE/LONDON", "Europe/London")]
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("America/New York", "America/New_York")]
    [InlineData("UTC", "UTC")]
    public void An_iana_id_in_any_case_is_accepted(string text, string expected) => AssertResolves(text, expected);

    [Theory]
    [InlineData("UK", "Europe/London")]
    [InlineData("us eastern", "America/New_York")]
    [InlineData("US Eastern", "America/New_York")]
    [InlineData("India", "Asia/Kolkata")]
    [InlineData("Manchester", "Europe/London")]
    [InlineData("new zealand", "Pacific/Auckland")]
    public void An_alias_from_the_content_finds_its_zone(string text, string expected) => AssertResolves(text, expected);

    [Theory]
    [InlineData("I'm in New York", "America/New_York")]
    [InlineData("London, UK", "Europe/London")]
    [InlineData("near Sydney (Australia)", "Australia/Sydney")]
    [InlineData("it's America/Chicago I think", "America/Chicago")]
    public void A_city_inside_a_short_sentence_is_found(string text, string expected) => AssertResolves(text, expected);

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("half past elevenish")]
    [InlineData("Europe")]
    [InlineData("Narnia")]
    [InlineData("\U0001F30D")]
    [InlineData("\U0001F600\U0001F600")]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/localtime")]
    [InlineData("posix/Europe/London")]
    [InlineData("Factory")]
    [InlineData("London or Paris")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Anything_that_is_not_one_real_zone_is_not_resolved(string? text)
    {
        Assert.False(Resolver.TryResolve(text, out var zoneId));
        Assert.Equal(string.Empty, zoneId);
    }

    [Fact]
    public void Ten_kilobytes_of_text_is_refused_at_once()
    {
        var text = string.Concat(Enumerable.Repeat("London ", 1500));

        Assert.False(Resolver.TryResolve(text, out _));
    }

    [Fact]
    public void A_long_sentence_is_not_searched_for_a_city()
    {
        Assert.False(Resolver.TryResolve("well it depends on the week but mostly I am in London", out _));
    }

    [Fact]
    public void A_research_station_is_reached_by_its_id_but_its_name_is_an_ordinary_word()
    {
        Assert.False(Resolver.TryResolve("troll", out _));
        AssertResolves("Antarctica/Troll", "Antarctica/Troll");
    }

    [Fact]
    public void An_alias_naming_an_unknown_zone_fails_loading_with_the_file_named()
    {
        var error = Assert.Throws<ContentException>(() => new TimeZoneResolver([KeyValuePair.Create("home", "Mars/Olympus")]));

        Assert.Contains("onboarding.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("home", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Europe/London", "London")]
    [InlineData("America/Argentina/Buenos_Aires", "Buenos Aires")]
    [InlineData("Australia/Lord_Howe", "Lord Howe")]
    [InlineData("UTC", null)]
    [InlineData("Etc/GMT+5", null)]
    public void A_zone_reads_as_its_city(string zoneId, string? city) => Assert.Equal(city, TimeZoneDisplay.City(zoneId));

    private static void AssertResolves(string text, string expected)
    {
        Assert.True(Resolver.TryResolve(text, out var zoneId), $"'{text}' was not resolved");
        Assert.Equal(expected, zoneId);
    }
}

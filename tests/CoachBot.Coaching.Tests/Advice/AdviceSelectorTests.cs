using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Diary;
using static CoachBot.Coaching.Tests.Advice.DiaryNights;

namespace CoachBot.Coaching.Tests.Advice;

public sealed class AdviceSelectorTests
{
    private static readonly AdviceSelector Selector = new(Library);

    private static AdviceChoice Select(DiaryEntry tonight, IReadOnlyList<DiaryEntry>? history = null, IReadOnlyList<AdviceGiven>? given = null, AdviceSettings? settings = null, DateOnly? today = null) =>
        Selector.Select(history ?? [], tonight, settings ?? WithNoRepeat(), given ?? [], today ?? tonight.DiaryDate);

    private static List<string> Ids(AdviceChoice choice) => [.. choice.Items.Select(i => i.Item.Id)];

    private static List<AdviceGiven> Given(AdviceChoice choice, DateOnly on) =>
        [.. choice.Items.Select(i => new AdviceGiven(i.Item.Id, i.Phrasing, on, i.Match.Name, i.Match.Reason))];

    [Fact]
    public void A_rough_night_with_a_flare_gets_the_not_ruined_reframe_and_the_usual_get_up_time()
    {
        var choice = Select(ShortNight(painNight: 8, painNow: 7));

        Assert.Equal(["flare.not_ruined", "rough.usual_rise"], Ids(choice));
        Assert.Contains("isn't ruined", choice.Items[0].Text, StringComparison.Ordinal);
        Assert.Contains("usual time", choice.Items[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_item_carries_the_pattern_and_numbers_that_chose_it()
    {
        var choice = Select(ShortNight(painNight: 8, painNow: 7));

        Assert.Equal(("flare", "pain_night 8 >= 7"), (choice.Items[0].Match.Name, choice.Items[0].Match.Reason));
        Assert.Equal(("rough_night", "total sleep 330 min < 360"), (choice.Items[1].Match.Name, choice.Items[1].Match.Reason));
    }

    [Fact]
    public void Numbers_fill_the_placeholders()
    {
        var choice = Select(ShortNight(painNight: 8, painNow: 7));

        Assert.StartsWith("Pain up at 8 in the night", choice.Items[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain('{', choice.Items[0].Text);
    }

    [Fact]
    public void A_rough_night_alone_gets_the_reframe_and_the_usual_get_up_time()
    {
        Assert.Equal(["rough.not_ruined", "rough.usual_rise"], Ids(Select(ShortNight())));
    }

    [Fact]
    public void A_good_night_gets_one_specific_affirmation_of_the_steady_get_up_time()
    {
        var choice = Select(Night(), SteadyWeek(1, 2, 3, 4, 5));

        var item = Assert.Single(choice.Items);
        Assert.Equal(("good.steady_rise", "P-consistency"), (item.Item.Id, item.Item.Principle));
        Assert.StartsWith("Up around your usual time 6 of the last 6 mornings.", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_night_gets_one_general_idea()
    {
        var item = Assert.Single(Select(Night()).Items);

        Assert.Equal(AdvicePattern.Any, item.Item.When);
    }

    [Fact]
    public void High_pain_on_three_of_four_nights_suggests_a_physiotherapist_first()
    {
        List<DiaryEntry> history = [ShortNight(2, painNight: 7), ShortNight(1, painNight: 6)];

        var choice = Select(ShortNight(painNight: 6), history);

        Assert.Equal("high_pain.physio", choice.Items[0].Item.Id);
        Assert.Equal("P-physio", choice.Items[0].Item.Principle);
        Assert.Contains("physiotherapist", choice.Items[0].Text, StringComparison.Ordinal);
        Assert.Contains("3 of the last 4 nights", choice.Items[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("long_nap", "nap.rest_trap")]
    [InlineData("lie_in", "lie_in.rest_trap")]
    [InlineData("early_bedtime", "early_bed.rest_trap")]
    [InlineData("long_sol", "sol.less_pressure")]
    [InlineData("long_waso", "waso.calm")]
    public void Each_diary_pattern_gets_its_own_advice_first(string pattern, string expected)
    {
        var history = SteadyWeek(1, 2, 3, 4);
        var tonight = pattern switch
        {
            "long_nap" => Night(naps: 60),
            "lie_in" => Night(up: "09:00"),
            "early_bedtime" => Night(bed: "21:00"),
            "long_sol" => Night(sol: 50),
            _ => Night(wakings: 3, waso: 50),
        };

        var choice = Select(tonight, history);

        Assert.Equal(expected, choice.Items[0].Item.Id);
        Assert.Equal(pattern, choice.Items[0].Match.Name);
        Assert.Equal(2, choice.Items.Count);
    }

    [Fact]
    public void Two_items_never_share_a_principle()
    {
        // A flare and a rough night both open with P-flare-calm; the second item comes from another principle.
        var choice = Select(ShortNight(painNight: 9));

        Assert.Equal(2, choice.Items.Select(i => i.Item.Principle).Distinct().Count());
    }

    [Fact]
    public void An_item_is_not_given_again_within_seven_days()
    {
        var first = Select(ShortNight());
        var given = Given(first, Today);

        for (var day = 1; day < 7; day++)
        {
            var later = Select(ShortNight(), given: given, today: Today.AddDays(day));
            Assert.Empty(Ids(later).Intersect(Ids(first)));
        }

        // On day 7 they are fresh again; every other rough-night item was given on day 1, so they are the ones that fit.
        var othersOnDayOne = OtherRoughNightItems(Ids(first), Today.AddDays(1));
        Assert.Equal(Ids(first), Ids(Select(ShortNight(), given: [.. given, .. othersOnDayOne], today: Today.AddDays(7))));
    }

    [Fact]
    public void The_no_repeat_window_is_configurable()
    {
        var first = Select(ShortNight());
        List<AdviceGiven> given = [.. Given(first, Today), .. OtherRoughNightItems(Ids(first), Today)];

        Assert.Equal(["rough.not_ruined", "rough.usual_rise"], Ids(Select(ShortNight(), given: given, settings: WithNoRepeat(2), today: Today.AddDays(2))));
        Assert.DoesNotContain("rough.not_ruined", Ids(Select(ShortNight(), given: given, settings: WithNoRepeat(3), today: Today.AddDays(2))));
    }

    private static IEnumerable<AdviceGiven> OtherRoughNightItems(List<string> except, DateOnly on) =>
        Library.Items.Where(i => i.When == AdvicePattern.RoughNight && !except.Contains(i.Id)).Select(i => new AdviceGiven(i.Id, 0, on, "rough_night", null));

    [Fact]
    public void A_week_of_rough_nights_never_repeats_an_item_and_always_offers_something()
    {
        var given = new List<AdviceGiven>();
        for (var day = 0; day < 14; day++)
        {
            var today = Today.AddDays(day);
            var choice = Select(ShortNight(painNight: 8) with { DiaryDate = today }, given: given, today: today);

            Assert.NotEmpty(choice.Items);
            var recent = given.Where(g => today.DayNumber - g.On.DayNumber < 7).Select(g => g.ItemId);
            Assert.Empty(Ids(choice).Intersect(recent));
            given.AddRange(Given(choice, today));
        }
    }

    [Fact]
    public void Phrasings_rotate_each_time_an_item_comes_back()
    {
        var given = new List<AdviceGiven>();
        var phrasings = new List<int>();
        foreach (var week in new[] { 0, 7, 14 })
        {
            var today = Today.AddDays(week);

            // Every other rough-night item was given yesterday, so the reframe is the one that fits.
            var others = Library.Items.Where(i => i.When == AdvicePattern.RoughNight && i.Id != "rough.not_ruined")
                .Select(i => new AdviceGiven(i.Id, 0, today.AddDays(-1), "rough_night", null));
            var choice = Select(ShortNight() with { DiaryDate = today }, given: [.. given, .. others], today: today);
            var item = choice.Items[0];
            Assert.Equal("rough.not_ruined", item.Item.Id);
            Assert.Equal(Library["rough.not_ruined"].Phrasings[item.Phrasing], item.Text);
            phrasings.Add(item.Phrasing);
            given.AddRange(Given(choice, today));
        }

        Assert.Equal([0, 1, 0], phrasings);
    }

    [Fact]
    public void The_least_recently_given_item_comes_first()
    {
        List<AdviceGiven> given =
        [
            new("any.morning_light", 0, Today.AddDays(-10), "any", null),
            new("any.movement", 0, Today.AddDays(-20), "any", null),
        ];

        Assert.Equal(["any.wind_down"], Ids(Select(Night(), given: given)));

        var everyOther = Library.Items.Where(i => i.When == AdvicePattern.Any && i.Id is not ("any.morning_light" or "any.movement"))
            .Select(i => new AdviceGiven(i.Id, 0, Today.AddDays(-8), "any", null));
        Assert.Equal(["any.movement"], Ids(Select(Night(), given: [.. given, .. everyOther])));
    }

    [Fact]
    public void Selection_is_a_pure_function_of_its_inputs()
    {
        List<DiaryEntry> history = [ShortNight(2, painNight: 7), Night(1)];
        var tonight = ShortNight(painNight: 8);

        Assert.Equal(Select(tonight, history).Items.Select(i => i.Text), Select(tonight, history).Items.Select(i => i.Text));
    }
}

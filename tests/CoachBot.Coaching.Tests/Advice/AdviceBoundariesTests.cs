using System.Text.RegularExpressions;
using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Diary;
using CoachBot.Coaching.Tone;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static CoachBot.Coaching.Tests.Advice.DiaryNights;

namespace CoachBot.Coaching.Tests.Advice;

/// <summary>COACHING.md §4: advice never recommends a bedtime, a time-in-bed window or a medicine, and never diagnoses.</summary>
public sealed partial class AdviceBoundariesTests
{
    private static readonly string[] PrescriptionRules = ["bedtime", "time-in-bed", "medication", "dose", "diagnosis", "cure-promise"];

    public static TheoryData<string> AllPhrasings() => [.. Library.Items.SelectMany(i => i.Phrasings).Concat(Library.Closings).Append(Library.ToneFallback)];

    [Theory]
    [MemberData(nameof(AllPhrasings))]
    public void No_phrasing_recommends_a_bedtime_a_time_in_bed_window_or_a_medicine(string phrasing)
    {
        Assert.Empty(Prescriptions(phrasing));
    }

    [Fact]
    public void No_generated_advice_recommends_a_bedtime_a_time_in_bed_window_or_a_medicine()
    {
        var coach = new AdviceCoach(Library, Options.Create(WithNoRepeat()), NullLogger<AdviceCoach>.Instance);
        var selector = new AdviceSelector(Library);
        var random = new Random(20261125);
        var given = new List<AdviceGiven>();
        var offered = new HashSet<string>();
        for (var run = 0; run < 400; run++)
        {
            var history = Enumerable.Range(1, random.Next(0, 8)).Select(d => RandomNight(random, d)).ToList();
            var today = Today.AddDays(run);
            var tonight = RandomNight(random, 0) with { DiaryDate = today };
            var choice = selector.Select([.. history.Select(h => h with { DiaryDate = today.AddDays(h.DiaryDate.DayNumber - Today.DayNumber) })], tonight, WithNoRepeat(), given, today);
            var reply = coach.Compose(choice, today);

            Assert.Empty(Prescriptions(reply));
            Assert.True(ToneChecker.Passes(reply), reply);
            offered.UnionWith(choice.Items.Select(i => i.Item.Id));
            given.AddRange(choice.Items.Select(i => new AdviceGiven(i.Item.Id, i.Phrasing, today, i.Match.Name, i.Match.Reason)));
        }

        // The random nights reach most of the library, so the check above covers real variety.
        Assert.True(offered.Count * 4 >= Library.Items.Count * 3, $"only {offered.Count} of {Library.Items.Count} items were generated");
    }

    [Theory]
    [InlineData("Try going to bed at 10:30 tonight.")]
    [InlineData("Aim for 11pm lights out.")]
    [InlineData("Stay in bed only 6 hours.")]
    [InlineData("Melatonin might help.")]
    [InlineData("You have insomnia.")]
    public void The_boundary_check_itself_catches_prescriptions(string text)
    {
        Assert.NotEmpty(Prescriptions(text));
    }

    private static List<string> Prescriptions(string text) =>
    [
        .. ToneChecker.Check(text).Where(f => PrescriptionRules.Contains(f.Rule)).Select(f => f.Rule),
        .. ClockTime().Matches(text).Select(m => "clock time: " + m.Value),
        .. HourCount().Matches(text).Select(m => "hours: " + m.Value),
    ];

    private static DiaryEntry RandomNight(Random random, int daysAgo)
    {
        var bed = new TimeOnly(random.Next(0, 24), random.Next(0, 4) * 15);
        var up = new TimeOnly(random.Next(4, 12), random.Next(0, 4) * 15);
        var wakings = random.Next(0, 5);
        return Night(
            daysAgo,
            bed: bed.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            up: up.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            sol: Maybe(random, random.Next(0, 120)),
            wakings: wakings,
            waso: wakings == 0 ? 0 : Maybe(random, random.Next(0, 150)),
            quality: Maybe(random, random.Next(1, 6)),
            painNight: Maybe(random, random.Next(0, 11)),
            painNow: Maybe(random, random.Next(0, 11)),
            naps: random.Next(3) == 0 ? random.Next(0, 150) : null);
    }

    private static int? Maybe(Random random, int value) => random.Next(6) == 0 ? null : value;

    [GeneratedRegex(@"\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}[:.]\d{2}\b|\bmidnight\b|\bo'clock\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HourCount();
}

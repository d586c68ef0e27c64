using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Tests.Progress;

/// <summary>
/// A seeded 60-date diary in Europe/London ending 8 November 2026, across the clocks going back on 25 October:
/// random gaps (plus a forced three-day gap), some skipped items, and sleep built from real instants, so each
/// night's true time in bed and total sleep are known without the code under test.
/// </summary>
internal static class SyntheticDiary
{
    public const int Seed = 20261025;
    public const int Days = 60;

    public static readonly DateOnly LastDate = new(2026, 11, 8);

    /// <summary>The night the clocks go back: in bed 23:00 BST, up 07:00 GMT, nine hours apart.</summary>
    public static readonly DateOnly ClockChange = new(2026, 10, 25);

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static IReadOnlyList<SyntheticNight> Generate(int seed = Seed)
    {
        var random = new Random(seed);
        var nights = new List<SyntheticNight>();
        for (var day = 0; day < Days; day++)
        {
            var date = LastDate.AddDays(day - (Days - 1));
            var gap = random.NextDouble() < 0.15 || (date >= new DateOnly(2026, 10, 3) && date <= new DateOnly(2026, 10, 5));
            if (gap && date != ClockChange)
            {
                continue;
            }

            // In bed 22:00 to midnight, trying within half an hour: never inside the repeated 01:00 hour.
            var bed = date == ClockChange ? Instant(date.AddDays(-1), 23, 0) : Instant(date.AddDays(-1), 22, 0).AddMinutes(5 * random.Next(0, 25));
            var tryTime = date == ClockChange ? bed : bed.AddMinutes(5 * random.Next(0, 7));
            var finalWake = date == ClockChange ? Instant(date, 7, 0) : Instant(date, 5, 30).AddMinutes(5 * random.Next(0, 25));
            var outOfBed = date == ClockChange ? finalWake : finalWake.AddMinutes(5 * random.Next(0, 10));
            var sol = 5 * random.Next(1, 13);
            var wakings = random.Next(0, 4);
            var waso = wakings == 0 ? 0 : 5 * random.Next(1, 17);
            var quality = random.Next(1, 6);
            var painNow = Math.Clamp(7 - quality + random.Next(-1, 2), 0, 10);
            var painNight = Math.Clamp(painNow + random.Next(0, 3), 0, 10);
            var noBedTime = random.NextDouble() < 0.08;
            var noQuality = random.NextDouble() < 0.1;
            var noPainNow = random.NextDouble() < 0.1;

            var entry = new DiaryEntry
            {
                DiaryDate = date,
                TimeZoneId = "Europe/London",
                BedTime = noBedTime ? null : Clock(bed),
                TryTime = Clock(tryTime),
                SolMinutes = sol,
                Wakings = wakings,
                WasoMinutes = waso,
                FinalWake = Clock(finalWake),
                OutOfBed = Clock(outOfBed),
                Quality = noQuality ? null : quality,
                PainNight = painNight,
                PainNow = noPainNow ? null : painNow,
            };
            var timeInBed = noBedTime ? (int?)null : (int)(outOfBed - bed).TotalMinutes;
            var totalSleep = (int)(finalWake - tryTime).TotalMinutes - sol - waso;
            nights.Add(new SyntheticNight(entry, timeInBed, totalSleep));
        }

        return nights;
    }

    public static List<DiaryEntry> Entries(IEnumerable<SyntheticNight> nights) => [.. nights.Select(n => n.Entry)];

    private static DateTimeOffset Instant(DateOnly date, int hour, int minute)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local));
    }

    private static TimeOnly Clock(DateTimeOffset instant) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);
}

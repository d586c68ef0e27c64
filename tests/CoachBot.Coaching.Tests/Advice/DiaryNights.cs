using System.Globalization;
using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Tests.Advice;

/// <summary>Hand-built diary nights for the advice tests, and the real advice library from dialogs/.</summary>
internal static class DiaryNights
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly Lazy<AdviceLibrary> RealLibrary = new(() => AdviceLibrary.Load(ContentDirectory));

    public static string ContentDirectory => Path.Combine(AppContext.BaseDirectory, "dialogs");

    public static AdviceLibrary Library => RealLibrary.Value;

    /// <summary>
    /// A settled night by default: in bed and trying at 23:00, 15 minutes to fall asleep, no wakings,
    /// awake and up at 07:00 (7 h 45 min asleep, 97% of the time in bed), quality 4, pain 3.
    /// </summary>
    public static DiaryEntry Night(
        int daysAgo = 0,
        string bed = "23:00",
        string up = "07:00",
        int? sol = 15,
        int? wakings = 0,
        int? waso = 0,
        int? quality = 4,
        int? painNight = 3,
        int? painNow = 3,
        int? naps = null) => new()
        {
            DiaryDate = Today.AddDays(-daysAgo),
            TimeZoneId = "Europe/London",
            BedTime = At(bed),
            TryTime = At(bed),
            SolMinutes = sol,
            Wakings = wakings,
            WasoMinutes = waso,
            FinalWake = At(up),
            OutOfBed = At(up),
            Quality = quality,
            PainNight = painNight,
            PainNow = painNow,
            NapMinutes = naps,
        };

    /// <summary>A short night: 23:00 to 05:30, 30 minutes to fall asleep, 30 awake (5 h 30 min asleep), rated fair.</summary>
    public static DiaryEntry ShortNight(int daysAgo = 0, int? painNight = 4, int? painNow = 4) =>
        Night(daysAgo, up: "05:30", sol: 30, wakings: 2, waso: 30, quality: 3, painNight: painNight, painNow: painNow);

    /// <summary>Settled nights up at 07:00 on each of the given days before today.</summary>
    public static List<DiaryEntry> SteadyWeek(params int[] daysAgo) => [.. daysAgo.Select(d => Night(d))];

    public static TimeOnly At(string clock) => TimeOnly.ParseExact(clock, "HH:mm", CultureInfo.InvariantCulture);

    public static AdviceSettings WithNoRepeat(int days = 7) => new() { NoRepeatWithin = TimeSpan.FromDays(days) };
}

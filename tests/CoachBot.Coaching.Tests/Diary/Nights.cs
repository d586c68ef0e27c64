using System.Globalization;
using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Tests.Diary;

/// <summary>Diary entries for the tests, written the way a person would give the times.</summary>
internal static class Nights
{
    public const string London = "Europe/London";
    public const string NewYork = "America/New_York";

    /// <summary>COACHING.md §3: bed 22:30, try 23:00, SOL 30, 2 wakings of 40 min in all, final 06:00, up 06:30.</summary>
    public static DiaryEntry WorkedExample { get; } = new()
    {
        DiaryDate = new DateOnly(2026, 6, 10),
        TimeZoneId = London,
        BedTime = At("22:30"),
        TryTime = At("23:00"),
        SolMinutes = 30,
        Wakings = 2,
        WasoMinutes = 40,
        FinalWake = At("06:00"),
        OutOfBed = At("06:30"),
    };

    /// <summary>In bed and trying to sleep at <paramref name="bed"/>, asleep at once, no wakings, awake and up at <paramref name="up"/>.</summary>
    public static DiaryEntry Simple(string date, string bed, string up, string zone = London) => new()
    {
        DiaryDate = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeZoneId = zone,
        BedTime = At(bed),
        TryTime = At(bed),
        SolMinutes = 0,
        Wakings = 0,
        FinalWake = At(up),
        OutOfBed = At(up),
    };

    public static TimeOnly At(string clock) => TimeOnly.ParseExact(clock, "HH:mm", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
}

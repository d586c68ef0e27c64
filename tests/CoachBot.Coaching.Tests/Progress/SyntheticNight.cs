using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Tests.Progress;

/// <summary>A generated diary entry with the night's true time in bed and total sleep, from the instants it was built from.</summary>
internal sealed record SyntheticNight(DiaryEntry Entry, int? TimeInBedMinutes, int TotalSleepMinutes)
{
    /// <summary>Sleep efficiency as stored: one decimal, halves away from zero.</summary>
    public decimal? Efficiency => TimeInBedMinutes is { } tib ? decimal.Round(100m * TotalSleepMinutes / tib, 1, MidpointRounding.AwayFromZero) : null;
}

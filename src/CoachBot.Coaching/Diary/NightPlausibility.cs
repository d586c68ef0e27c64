namespace CoachBot.Coaching.Diary;

/// <summary>Checks a night's answers against each other (COACHING.md §2 "Checks").</summary>
internal static class NightPlausibility
{
    private static readonly TimeSpan ShortestTimeInBed = TimeSpan.FromHours(1);
    private static readonly TimeSpan LongestTimeInBed = TimeSpan.FromHours(16);

    // Each item is placed at or before the next one, so answers given in the wrong order show up
    // as a gap of most of a day. Real gaps are far shorter: minutes between getting into bed and
    // trying to sleep, or waking and getting up; rarely over 16 hours from trying to sleep to waking.
    private static readonly TimeSpan LongestSettling = TimeSpan.FromHours(12);
    private static readonly TimeSpan LongestSleepWindow = TimeSpan.FromHours(20);
    private static readonly TimeSpan LongestLieIn = TimeSpan.FromHours(12);

    public static PlausibilityIssues Check(DiaryEntry entry) => Check(entry, NightTimeline.Place(entry));

    public static PlausibilityIssues Check(DiaryEntry entry, NightTimeline night)
    {
        var issues = PlausibilityIssues.None;
        if (night.TryTime - night.BedTime > LongestSettling)
        {
            issues |= PlausibilityIssues.TriedToSleepBeforeBed;
        }

        var sleepWindow = night.FinalWake - night.TryTime;
        if (sleepWindow > LongestSleepWindow)
        {
            issues |= PlausibilityIssues.WokeBeforeFallingAsleep;
        }

        if (night.OutOfBed - night.FinalWake > LongestLieIn)
        {
            issues |= PlausibilityIssues.UpBeforeFinalWaking;
        }

        var awake = (entry.SolMinutes ?? 0) + (entry.Wakings == 0 ? 0 : entry.WasoMinutes ?? 0);
        if (sleepWindow is { } window && !entry.DidNotSleep && TimeSpan.FromMinutes(awake) > window)
        {
            issues |= PlausibilityIssues.AwakeLongerThanTheNight;
        }

        var timeInBed = night.OutOfBed - night.BedTime;
        if (timeInBed < ShortestTimeInBed)
        {
            issues |= PlausibilityIssues.VeryShortTimeInBed;
        }

        if (timeInBed > LongestTimeInBed)
        {
            issues |= PlausibilityIssues.VeryLongTimeInBed;
        }

        return issues;
    }
}

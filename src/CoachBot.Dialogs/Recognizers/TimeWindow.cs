namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// A span of the clock, inclusive at both ends, that may wrap past midnight. It tells a bare
/// "11" apart: for bed time it means 23:00, for waking 11:00.
/// </summary>
public readonly record struct TimeWindow(TimeOnly Start, TimeOnly End)
{
    /// <summary>When people usually go to bed (COACHING.md §2): 18:00 to 05:59.</summary>
    public static TimeWindow BedTime { get; } = new(new TimeOnly(18, 0), new TimeOnly(5, 59));

    /// <summary>When people usually wake for the day (COACHING.md §2): 04:00 to 13:59.</summary>
    public static TimeWindow Waking { get; } = new(new TimeOnly(4, 0), new TimeOnly(13, 59));

    public bool Contains(TimeOnly time) =>
        Start <= End
            ? time >= Start && time <= End
            : time >= Start || time <= End;
}

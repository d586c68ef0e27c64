namespace CoachBot.Coaching.Diary;

/// <summary>
/// One night of the sleep diary (COACHING.md §2), filed under <see cref="DiaryDate"/>: the local
/// date of getting out of bed. Every item is optional: a skipped item is null, never zero. Clock
/// items are local clock times as the person gave them; <see cref="NightTimeline"/> turns them
/// into instants in <see cref="TimeZoneId"/>.
/// </summary>
public sealed record DiaryEntry
{
    public required DateOnly DiaryDate { get; init; }

    /// <summary>The person's IANA zone on that night ("Europe/London"), kept per night so a move or a trip doesn't rewrite history.</summary>
    public required string TimeZoneId { get; init; }

    /// <summary><c>bed_time</c>: got into bed.</summary>
    public TimeOnly? BedTime { get; init; }

    /// <summary><c>try_time</c>: began trying to sleep.</summary>
    public TimeOnly? TryTime { get; init; }

    /// <summary><c>sol</c>: minutes to fall asleep from <see cref="TryTime"/>.</summary>
    public int? SolMinutes { get; init; }

    /// <summary><c>wakings</c>: wakings before the final one.</summary>
    public int? Wakings { get; init; }

    /// <summary><c>waso</c>: total minutes awake in those wakings.</summary>
    public int? WasoMinutes { get; init; }

    /// <summary><c>final_wake</c>: the final waking.</summary>
    public TimeOnly? FinalWake { get; init; }

    /// <summary><c>out_of_bed</c>: up for the day.</summary>
    public TimeOnly? OutOfBed { get; init; }

    /// <summary>The "didn't sleep at all" button: total sleep is 0.</summary>
    public bool DidNotSleep { get; init; }

    /// <summary><c>quality</c>: 1 to 5.</summary>
    public int? Quality { get; init; }

    /// <summary><c>pain_night</c>: overall pain overnight, 0 to 10.</summary>
    public int? PainNight { get; init; }

    /// <summary><c>pain_now</c>: pain at the check-in, 0 to 10.</summary>
    public int? PainNow { get; init; }

    /// <summary>The local clock time <see cref="PainNow"/> was given: morning pain is compared at one time of day.</summary>
    public TimeOnly? PainNowAt { get; init; }

    /// <summary><c>naps</c> yesterday: how many.</summary>
    public int? NapCount { get; init; }

    /// <summary><c>naps</c> yesterday: total minutes.</summary>
    public int? NapMinutes { get; init; }

    /// <summary><c>note</c>: free text, kept out of analytics.</summary>
    public string? Note { get; init; }
}

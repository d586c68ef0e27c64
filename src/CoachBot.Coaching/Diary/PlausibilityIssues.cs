namespace CoachBot.Coaching.Diary;

/// <summary>Answers that don't fit together (COACHING.md §2 "Checks"), for the dialog to confirm gently, once.</summary>
[Flags]
internal enum PlausibilityIssues
{
    None = 0,

    /// <summary><c>try_time</c> comes before <c>bed_time</c>.</summary>
    TriedToSleepBeforeBed = 1,

    /// <summary><c>final_wake</c> comes before <c>try_time</c>.</summary>
    WokeBeforeFallingAsleep = 2,

    /// <summary><c>out_of_bed</c> comes before <c>final_wake</c>.</summary>
    UpBeforeFinalWaking = 4,

    /// <summary><c>sol</c> + <c>waso</c> is more than <c>final_wake</c> − <c>try_time</c>: ask which to change.</summary>
    AwakeLongerThanTheNight = 8,

    /// <summary>Time in bed under an hour.</summary>
    VeryShortTimeInBed = 16,

    /// <summary>Time in bed over sixteen hours.</summary>
    VeryLongTimeInBed = 32,
}

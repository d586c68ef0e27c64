namespace CoachBot.Coaching.Advice;

/// <summary>
/// What a night's diary shows, as the advice library's <c>when:</c> names it. Declared in the order
/// the selector considers them: a run of high-pain nights first, a plain night's general ideas last.
/// </summary>
public enum AdvicePattern
{
    /// <summary><c>high_pain_several_nights</c>: pain in the night at 6 or more on 3 of the last 4 nights.</summary>
    HighPainSeveralNights,

    /// <summary><c>flare</c>: pain in the night at 7 or more, or pain now 2 or more above the night's.</summary>
    Flare,

    /// <summary><c>rough_night</c>: under 6 hours' sleep, under 80% of time in bed asleep, or quality 2 or less.</summary>
    RoughNight,

    /// <summary><c>lie_in</c>: up 90 minutes or more later than the median of the last 7 nights.</summary>
    LieIn,

    /// <summary><c>early_bedtime</c>: into bed 90 minutes or more earlier than the median of the last 7 nights.</summary>
    EarlyBedtime,

    /// <summary><c>long_nap</c>: 45 minutes or more of naps the day before.</summary>
    LongNap,

    /// <summary><c>long_sol</c>: more than 30 minutes to fall asleep.</summary>
    LongSol,

    /// <summary><c>long_waso</c>: more than 30 minutes awake in the night.</summary>
    LongWaso,

    /// <summary><c>good_night</c>: a settled night and a steady get-up time, worth affirming.</summary>
    GoodNight,

    /// <summary><c>any</c>: fits every night; general ideas when nothing more specific does.</summary>
    Any,
}

namespace CoachBot.Coaching.Safety;

/// <summary>What the safety check made of a message, from nothing to act on to a crisis.</summary>
internal enum SafetyOutcome
{
    None,

    /// <summary>Crisis words said in the negative ("I'm not suicidal, just exhausted").</summary>
    Negated,

    /// <summary>A medical red flag (COACHING.md §6 table); see <see cref="SafetyAssessment.Tier"/>.</summary>
    RedFlag,

    /// <summary>Words that might mean thoughts of ending their life: ask gently.</summary>
    Unsure,

    /// <summary>Suicidal thoughts or self-harm.</summary>
    Crisis,
}

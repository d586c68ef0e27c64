namespace CoachBot.Coaching.Safety;

/// <summary>What a phrase of the crisis table means when it matches.</summary>
internal enum CrisisCue
{
    /// <summary>Suicidal thoughts or self-harm, said directly or indirectly.</summary>
    Crisis,

    /// <summary>Could mean thoughts of ending their life, or only exhaustion: ask gently.</summary>
    Unsure,

    /// <summary>An everyday phrase that contains a shorter crisis phrase ("fell back asleep", "5 kms").</summary>
    Benign,
}

namespace CoachBot.Coaching.Safety;

/// <summary>The safety check's reading of one message; for a red flag, which one and how urgent.</summary>
internal sealed record SafetyAssessment(SafetyOutcome Outcome, RedFlagKind? RedFlag = null, RedFlagTier? Tier = null)
{
    public static SafetyAssessment None { get; } = new(SafetyOutcome.None);

    public static SafetyAssessment Negated { get; } = new(SafetyOutcome.Negated);

    public static SafetyAssessment Unsure { get; } = new(SafetyOutcome.Unsure);

    public static SafetyAssessment Crisis { get; } = new(SafetyOutcome.Crisis);

    public static SafetyAssessment Flag(RedFlagKind kind, RedFlagTier tier) => new(SafetyOutcome.RedFlag, kind, tier);

    /// <summary>
    /// Orders two readings by how much they call for: crisis, then a red flag to act on now, then a gentle
    /// check, then today's and soon's red flags, then a negation, then nothing.
    /// </summary>
    public int Urgency => Outcome switch
    {
        SafetyOutcome.Crisis => 7,
        SafetyOutcome.RedFlag when Tier == RedFlagTier.Now => 6,
        SafetyOutcome.Unsure => 5,
        SafetyOutcome.RedFlag when Tier == RedFlagTier.SameDay => 4,
        SafetyOutcome.RedFlag => 3,
        SafetyOutcome.Negated => 1,
        _ => 0,
    };
}

namespace CoachBot.Coaching.Safety;

/// <summary>
/// The red flags of COACHING.md §6 that CoachBot signposts. Each has words in <c>dialogs/safety.yaml</c>
/// (<c>safety.red_flag.what.*</c>) describing what the person said, never naming a condition.
/// </summary>
internal enum RedFlagKind
{
    BladderBowel,
    SaddleNumbness,
    LegsWeak,
    ChestPain,
    SuddenHeadache,
    SuddenPain,
    BackPainWithFever,
    PainAfterFall,
    BreathingStops,
    SnoringAndSleepiness,
    DrowsyDriving,
    NightPainNoPosition,
    WeightLoss,
}

namespace CoachBot.Coaching.Safety;

/// <summary>The pieces a medical red flag is recognised from; <see cref="RedFlagRules"/> combines them.</summary>
internal enum RedFlagCue
{
    BladderBowel,
    Numb,
    SaddleArea,
    Legs,
    Weak,
    ChestPain,
    WorstHeadache,
    Sudden,
    Severe,
    Headache,
    Pain,
    Back,
    Fever,
    Fall,
    Hurt,
    BreathingStops,
    OwnSnoring,
    Sleepy,
    Drowsy,
    Driving,
    NoPositionEases,
    WeightLoss,
    WeightOnPurpose,

    /// <summary>An everyday phrase that contains a cue ("fell back asleep", "a slipped disc", "in the fall").</summary>
    Benign,
}

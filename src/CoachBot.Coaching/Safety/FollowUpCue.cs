namespace CoachBot.Coaching.Safety;

/// <summary>What an answer after a safety reply says.</summary>
internal enum FollowUpCue
{
    /// <summary>"I'm fine", "you misunderstood", "no".</summary>
    Denial,

    /// <summary>"yes", "sometimes", "I am": thoughts of ending their life, confirmed.</summary>
    Affirm,

    CarryOn,
    LeaveIt,
    CountryUk,
    CountryUs,
}

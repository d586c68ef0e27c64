namespace CoachBot.Coaching.Safety;

/// <summary>How soon a doctor should check a red flag (COACHING.md §6), least urgent first.</summary>
internal enum RedFlagTier
{
    /// <summary>GP or physio soon.</summary>
    Soon,

    /// <summary>NHS 111 or an urgent GP appointment today.</summary>
    SameDay,

    /// <summary>999 or A&amp;E now; the dialog pauses.</summary>
    Now,
}

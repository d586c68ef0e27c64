namespace CoachBot.Dialogs.Recognizers;

/// <summary>Which half of the day a clock reading is in, if the answer said.</summary>
internal enum Meridiem
{
    /// <summary>A bare 1 to 12: morning or evening.</summary>
    Unknown = 0,
    Am,
    Pm,

    /// <summary>Said outright: a 24-hour time ("23:15", "0730"), midnight or noon.</summary>
    Fixed,
}

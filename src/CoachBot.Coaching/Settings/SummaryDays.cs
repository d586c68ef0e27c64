namespace CoachBot.Coaching.Settings;

/// <summary>The weekly summary day choices, in the order of their buttons: Monday to Sunday, then off.</summary>
internal static class SummaryDays
{
    public const string Off = "off";

    public static IReadOnlyList<string> Choices { get; } = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", Off];

    /// <summary>The day a choice stands for; null for <c>off</c>.</summary>
    public static DayOfWeek? DayOf(int index) => index is >= 0 and < 7 ? (DayOfWeek)((index + 1) % 7) : null;

    /// <summary>The choice id of a day (<c>monday</c>).</summary>
    public static string IdOf(DayOfWeek day) => Choices[((int)day + 6) % 7];
}

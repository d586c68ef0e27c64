using System.Globalization;
using CoachBot.Coaching.Content;

namespace CoachBot.Coaching.Progress;

/// <summary>Numbers put into the words of <c>dialogs/progress.yaml</c>, in the person's culture.</summary>
internal sealed class ProgressWords(MessageCatalog messages, CultureInfo culture)
{
    public MessageCatalog Messages => messages;

    public CultureInfo Culture => culture;

    /// <summary>Minutes rounded to the nearest quarter hour, in words: "6 and a half hours".</summary>
    public string QuarterHours(double minutes)
    {
        var quarters = (int)Math.Round(minutes / 15, MidpointRounding.AwayFromZero);
        var hours = (quarters / 4).ToString(culture);
        return (quarters / 4, quarters % 4) switch
        {
            (0, 2) => messages[ProgressMessageIds.DurationHalfHour],
            (0, var q) => messages.Format(ProgressMessageIds.DurationMinutes, ("minutes", (q * 15).ToString(culture))),
            (1, 0) => messages[ProgressMessageIds.DurationOneHour],
            (_, 0) => messages.Format(ProgressMessageIds.DurationHours, ("hours", hours)),
            (_, 1) => messages.Format(ProgressMessageIds.DurationQuarter, ("hours", hours)),
            (_, 2) => messages.Format(ProgressMessageIds.DurationHalf, ("hours", hours)),
            _ => messages.Format(ProgressMessageIds.DurationThreeQuarters, ("hours", hours)),
        };
    }

    /// <summary>Whole minutes: "25 minutes".</summary>
    public string Minutes(double minutes) =>
        messages.Format(ProgressMessageIds.DurationMinutes, ("minutes", Whole(minutes).ToString(culture)));

    /// <summary>A whole percentage, without the sign (the words carry it).</summary>
    public string Percent(double percent) => Whole(percent).ToString(culture);

    /// <summary>A pain median: whole, or with its half ("4.5").</summary>
    public string Pain(double score) => score.ToString("0.#", culture);

    /// <summary>"19 November" or "November 19", as the person's culture writes a day of the month.</summary>
    public string Date(DateOnly date) => date.ToString(culture.DateTimeFormat.MonthDayPattern, culture);

    public string Count(int n) => n.ToString(culture);

    public static int Whole(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    public static int Quarters(double minutes) => (int)Math.Round(minutes / 15, MidpointRounding.AwayFromZero);
}

using System.Globalization;
using CoachBot.Coaching.Tests.Onboarding;

namespace CoachBot.Coaching.Tests.Progress;

/// <summary>
/// Expected values worked out the plain way, independently of the code under test: sums and sorted middles,
/// ranks by counting, and the summary's words from dialogs/progress.yaml.
/// </summary>
internal static class ByHand
{
    public static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static double? MeanOfAtLeastThree(IReadOnlyList<double> values)
    {
        if (values.Count < 3)
        {
            return null;
        }

        double sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Count;
    }

    public static double? MedianOfAtLeastThree(IReadOnlyList<double> values)
    {
        if (values.Count < 3)
        {
            return null;
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>Rank = how many values are smaller, plus the middle of the tied block (1 + ties) / 2.</summary>
    public static double RankByCounting(IReadOnlyList<double> values, int index)
    {
        var smaller = values.Count(v => v < values[index]);
        var equal = values.Count(v => v == values[index]);
        return smaller + ((equal + 1) / 2.0);
    }

    public static double SpearmanByCounting(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var rx = Enumerable.Range(0, x.Count).Select(i => RankByCounting(x, i)).ToArray();
        var ry = Enumerable.Range(0, y.Count).Select(i => RankByCounting(y, i)).ToArray();
        var mx = rx.Sum() / rx.Length;
        var my = ry.Sum() / ry.Length;
        var top = 0.0;
        var left = 0.0;
        var right = 0.0;
        for (var i = 0; i < rx.Length; i++)
        {
            top += (rx[i] - mx) * (ry[i] - my);
            left += (rx[i] - mx) * (rx[i] - mx);
            right += (ry[i] - my) * (ry[i] - my);
        }

        return top / Math.Sqrt(left * right);
    }

    /// <summary>Minutes to the nearest quarter hour, in the words of dialogs/progress.yaml.</summary>
    public static string QuarterHours(double minutes)
    {
        var quarters = (int)Math.Round(minutes / 15, MidpointRounding.AwayFromZero);
        var hours = (quarters / 4).ToString(CultureInfo.InvariantCulture);
        return (quarters / 4, quarters % 4) switch
        {
            (0, 2) => Words.Say("progress.duration.half_hour"),
            (0, var q) => Words.Say("progress.duration.minutes", ("minutes", (q * 15).ToString(CultureInfo.InvariantCulture))),
            (1, 0) => Words.Say("progress.duration.one_hour"),
            (_, 0) => Words.Say("progress.duration.hours", ("hours", hours)),
            (_, 1) => Words.Say("progress.duration.quarter", ("hours", hours)),
            (_, 2) => Words.Say("progress.duration.half", ("hours", hours)),
            _ => Words.Say("progress.duration.three_quarters", ("hours", hours)),
        };
    }

    public static string Whole(double value) => ((int)Math.Round(value, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    public static string Minutes(double value) => Words.Say("progress.duration.minutes", ("minutes", Whole(value)));

    public static string Pain(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("d MMMM", CultureInfo.InvariantCulture);
}

namespace CoachBot.Coaching.Progress;

/// <summary>Small order statistics over a person's own diary: means, medians, ranks and Spearman's ρ. Pure.</summary>
internal static class Ranking
{
    public static double? Mean(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        return list.Count == 0 ? null : list.Sum() / list.Count;
    }

    /// <summary>The middle value; with an even count, the mean of the two middle ones. Null for no values.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Ranks from 1, tied values sharing the mean of the ranks they cover (two values tied for 2nd and 3rd both get 2.5).</summary>
    public static double[] AverageRanks(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            // Positions start..end (0-based) hold ranks start+1..end+1; their mean is the tied rank.
            var shared = (start + end + 2) / 2.0;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = shared;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>
    /// Spearman's rank correlation: Pearson's r of the average ranks, which stays right with ties (the
    /// 1 − 6Σd²/… shortcut does not). Null when either series has no spread (all values equal) or
    /// fewer than two pairs: there is no order to compare.
    /// </summary>
    public static double? Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException("The two series must pair up.", nameof(y));
        }

        if (x.Count < 2)
        {
            return null;
        }

        var rx = AverageRanks(x);
        var ry = AverageRanks(y);
        var meanX = rx.Average();
        var meanY = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            var dx = rx[i] - meanX;
            var dy = ry[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? null : sxy / Math.Sqrt(sxx * syy);
    }
}

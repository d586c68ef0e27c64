namespace CoachBot.Coaching.Safety;

/// <summary>
/// Mends misspellings of "suicide" and "suicidal" ("suicidle", "sucidal", "suiside"), which people type
/// in distress and which a phrase list can't enumerate. Only words starting "sui", "suc", "sus" or "sue"
/// are tried, so near neighbours such as "subside" stay as they are.
/// </summary>
internal static class SuicideSpelling
{
    private static readonly string[] Targets = ["suicide", "suicidal", "suicidaly"];

    public static string Mend(string token)
    {
        if (token.Length is < 5 or > 12 || !token.StartsWith("su", StringComparison.Ordinal) || token[2] is not ('i' or 'c' or 's' or 'e'))
        {
            return token;
        }

        var allowed = token.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var target in Targets)
        {
            var distance = Distance(token, target);
            if (distance <= allowed && distance < bestDistance)
            {
                best = target;
                bestDistance = distance;
            }
        }

        return best ?? token;
    }

    /// <summary>Edit distance with adjacent swaps (optimal string alignment); both words are short.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

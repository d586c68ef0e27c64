namespace CoachBot.Web.Tests.Telemetry;

/// <summary>Finds forbidden values (a user's words, name, ids, secrets) in text that leaves the process.</summary>
public static class PrivacyScan
{
    /// <summary>Every (forbidden value, where it was found) pair; empty when the texts are clean.</summary>
    public static IReadOnlyList<string> Leaks(IEnumerable<string> texts, IEnumerable<string> forbidden)
    {
        var needles = forbidden.Where(f => !string.IsNullOrEmpty(f)).Distinct(StringComparer.Ordinal).ToArray();
        var leaks = new List<string>();
        foreach (var text in texts)
        {
            foreach (var needle in needles)
            {
                if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
                {
                    leaks.Add($"'{needle}' in: {(text.Length > 300 ? text[..300] + "…" : text)}");
                }
            }
        }

        return leaks;
    }
}

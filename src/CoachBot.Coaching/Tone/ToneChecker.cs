namespace CoachBot.Coaching.Tone;

/// <summary>
/// Checks a text against the tone rules of COACHING.md §5 (banned words and phrasings, no blame, no
/// "you should", no "ruined" unless negated, no diagnosis, no promise of cure) and §4 (no bedtime, no
/// sleep window or time-in-bed limit, no medicine named or dosed). Pure: the same text always gives
/// the same findings.
/// </summary>
public static class ToneChecker
{
    /// <summary>The ids of every rule, for documentation and tests.</summary>
    public static IReadOnlyList<string> RuleIds { get; } = [.. ToneRules.All.Select(r => r.Id)];

    /// <summary>Every finding in <paramref name="text"/>, in order of position.</summary>
    public static IReadOnlyList<ToneFinding> Check(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        // Same length, so positions still point into the original text.
        var normal = text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u02BC', '\'');
        var findings = new List<ToneFinding>();
        foreach (var rule in ToneRules.All)
        {
            foreach (var match in rule.Pattern.Matches(normal).Where(m => rule.Allowed?.Invoke(normal, m) != true))
            {
                findings.Add(new ToneFinding(rule.Id, match.Index, match.Length));
            }
        }

        findings.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : string.CompareOrdinal(a.Rule, b.Rule));
        return findings;
    }

    public static bool Passes(string? text) => Check(text).Count == 0;
}

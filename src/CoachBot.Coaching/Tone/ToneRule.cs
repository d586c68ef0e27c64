using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Tone;

/// <summary>One rule: a pattern of words, and optionally the cases where a match is fine after all.</summary>
internal sealed record ToneRule(string Id, Regex Pattern, Func<string, Match, bool>? Allowed = null)
{
    public ToneRule(string id, string pattern, Func<string, Match, bool>? allowed = null, bool caseSensitive = false)
        : this(id, new Regex(pattern, (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase) | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)), allowed)
    {
    }
}

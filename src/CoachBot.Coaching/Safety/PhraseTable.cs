using System.Collections.Frozen;

namespace CoachBot.Coaching.Safety;

/// <summary>
/// A table of labelled phrases, indexed by first word. <see cref="FindAll"/> reports the longest phrase
/// starting at each position, so a longer phrase ("fell back asleep") wins over a shorter one that
/// starts at the same word ("fell"); overlaps between positions are the caller's to resolve.
/// </summary>
internal sealed class PhraseTable<TLabel>
{
    private readonly FrozenDictionary<string, (SafetyPattern Pattern, TLabel Label)[]> _byFirstWord;

    public PhraseTable(IEnumerable<(string Phrase, TLabel Label)> phrases)
    {
        var index = new Dictionary<string, List<(SafetyPattern, TLabel)>>(StringComparer.Ordinal);
        foreach (var (phrase, label) in phrases)
        {
            var pattern = new SafetyPattern(phrase);
            foreach (var first in pattern.FirstWords.Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(first, out var list))
                {
                    index[first] = list = [];
                }

                list.Add((pattern, label));
            }
        }

        _byFirstWord = index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public List<PhraseMatch<TLabel>> FindAll(SafetyTokens tokens)
    {
        var matches = new List<PhraseMatch<TLabel>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var best = (End: -1, Label: default(TLabel)!);
            Consider(tokens, i, tokens.Collapsed(i), ref best);
            if (SafetyText.IsNumber(tokens[i]))
            {
                Consider(tokens, i, SafetyPattern.NumberWord, ref best);
            }

            if (best.End > i)
            {
                matches.Add(new PhraseMatch<TLabel>(best.Label, i, best.End));
            }
        }

        return matches;
    }

    private void Consider(SafetyTokens tokens, int start, string key, ref (int End, TLabel Label) best)
    {
        if (!_byFirstWord.TryGetValue(key, out var candidates))
        {
            return;
        }

        foreach (var (pattern, label) in candidates)
        {
            var end = pattern.Match(tokens, start);
            if (end > best.End)
            {
                best = (end, label);
            }
        }
    }
}

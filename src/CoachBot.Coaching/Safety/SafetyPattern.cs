namespace CoachBot.Coaching.Safety;

/// <summary>
/// One phrase of a safety table, compiled. Written as words separated by spaces, where a word may be
/// alternatives (<c>want/wanna</c>), an alternative may be several words joined by <c>_</c>
/// (<c>pins_and_needles</c>), a trailing <c>?</c> makes a word optional, <c>~3</c> allows up to three
/// other words in between, and <c>#num</c> is any number. Words are compared in canonical form
/// (<see cref="SafetyText"/>), so a table is written in plain spelling.
/// </summary>
internal sealed class SafetyPattern
{
    private readonly Slot[] _slots;

    public SafetyPattern(string text)
    {
        Text = text;
        _slots = [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseSlot)];
        if (_slots.Length == 0 || _slots[0].Optional || _slots[0].Gap > 0)
        {
            throw new ArgumentException($"The safety phrase '{text}' must start with a required word.", nameof(text));
        }
    }

    public string Text { get; }

    /// <summary>The collapsed forms of the words this phrase can start with (its index keys).</summary>
    public IEnumerable<string> FirstWords => _slots[0].Alternatives.Select(a => a[0].Collapsed);

    /// <summary>The end (exclusive) of the longest match starting at <paramref name="start"/>, or -1.</summary>
    public int Match(SafetyTokens tokens, int start) => MatchFrom(tokens, 0, start);

    private int MatchFrom(SafetyTokens tokens, int slotIndex, int position)
    {
        if (slotIndex == _slots.Length)
        {
            return position;
        }

        var slot = _slots[slotIndex];
        var best = -1;
        if (slot.Gap > 0)
        {
            for (var skip = 0; skip <= slot.Gap; skip++)
            {
                if (skip > 0 && (position + skip - 1 >= tokens.Count || tokens.IsBoundary(position + skip - 1)))
                {
                    break;
                }

                best = Math.Max(best, MatchFrom(tokens, slotIndex + 1, position + skip));
            }

            return best;
        }

        foreach (var alternative in slot.Alternatives)
        {
            if (Matches(tokens, position, alternative))
            {
                best = Math.Max(best, MatchFrom(tokens, slotIndex + 1, position + alternative.Length));
            }
        }

        if (slot.Optional)
        {
            best = Math.Max(best, MatchFrom(tokens, slotIndex + 1, position));
        }

        return best;
    }

    private static bool Matches(SafetyTokens tokens, int position, Word[] words)
    {
        if (position + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var word = words[k];
            var matched = word.Text == NumberWord ? SafetyText.IsNumber(tokens[position + k]) : tokens.Is(position + k, word.Text, word.Collapsed);
            if (!matched)
            {
                return false;
            }
        }

        return true;
    }

    internal const string NumberWord = "#num";

    private static Slot ParseSlot(string word)
    {
        if (word.Length > 1 && word[0] == '~')
        {
            return new Slot([], Optional: false, Gap: int.Parse(word.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
        }

        var optional = word.EndsWith('?');
        var body = optional ? word[..^1] : word;
        var alternatives = body.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => w == NumberWord ? new Word(w, w) : Word.Of(SafetyText.Canonical(w))).ToArray())
            .ToArray();
        return new Slot(alternatives, optional, Gap: 0);
    }

    private sealed record Slot(Word[][] Alternatives, bool Optional, int Gap);

    private sealed record Word(string Text, string Collapsed)
    {
        public static Word Of(string text) => new(text, SafetyText.Collapse(text));
    }
}

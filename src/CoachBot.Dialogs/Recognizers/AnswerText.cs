using System.Globalization;
using System.Text;

namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// An answer reduced to lower-case tokens: runs of letters, runs of ASCII digits and the few
/// symbols the grammars use (<c>: . / - ~</c>). Everything else (emoji, punctuation, control
/// characters) only separates tokens, so "I think about 11pm?" reads as
/// <c>i think about 11 pm</c> and "11.30" as <c>11 . 30</c>.
/// </summary>
internal sealed class AnswerText
{
    /// <summary>
    /// Answers to one question are short; anything longer is a paste or a message to the wrong
    /// place, and cutting it keeps the work per message bounded.
    /// </summary>
    public const int MaxLength = 200;

    private static readonly AnswerText Empty = new([]);

    private AnswerText(string[] tokens) => Tokens = tokens;

    public IReadOnlyList<string> Tokens { get; }

    public int Count => Tokens.Count;

    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>The tokens joined by single spaces: the canonical form used to compare choices.</summary>
    public override string ToString() => string.Join(' ', Tokens);

    public static string Truncate(string? raw) =>
        raw is null ? string.Empty : raw.Length > MaxLength ? raw[..MaxLength] : raw;

    public static AnswerText From(string? raw, CultureInfo culture)
    {
        var text = Truncate(raw);
        if (text.Length == 0)
        {
            return Empty;
        }

        var tokens = new List<string>();
        var run = new StringBuilder();
        var runIsDigits = false;

        void Flush()
        {
            if (run.Length > 0)
            {
                AddWord(tokens, run.ToString());
                run.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inWord = run.Length > 0 && !runIsDigits;
            if (char.IsAsciiDigit(c))
            {
                if (inWord)
                {
                    Flush();
                }

                runIsDigits = true;
                run.Append(c);
            }
            else if (char.IsLetter(c))
            {
                if (run.Length > 0 && runIsDigits)
                {
                    Flush();
                }

                runIsDigits = false;
                run.Append(culture.TextInfo.ToLower(c));
            }
            else if (c is '\'' or '\u2019' or '\u2018' && inWord)
            {
                // "don't" and "o'clock" become one word: "dont", "oclock".
            }
            else if (c == '.' && inWord && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "a.m." and "p.m." become "am" and "pm".
            }
            else
            {
                Flush();
                AddSymbol(tokens, c);
            }
        }

        Flush();
        return new AnswerText([.. tokens]);
    }

    /// <summary>"sevenish" and "noonish" are "seven ish" and "noon ish".</summary>
    private static void AddWord(List<string> tokens, string word)
    {
        var stem = word.EndsWith("ish", StringComparison.Ordinal) ? word[..^3] : null;
        if (stem is not null && (NumberWords.IsNumberWord(stem) || stem is "noon" or "midnight" or "midday"))
        {
            tokens.Add(stem);
            tokens.Add("ish");
        }
        else
        {
            tokens.Add(word);
        }
    }

    private static void AddSymbol(List<string> tokens, char c)
    {
        switch (c)
        {
            case ':' or '.' or '/' or '~':
                tokens.Add(c.ToString());
                break;
            case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212':
                tokens.Add("-");
                break;
            case '&' or '+':
                tokens.Add("and");
                break;
            case '\u00BD':
                tokens.AddRange(["and", "a", "half"]);
                break;
            default:
                break;
        }
    }

    public bool Is(int index, string token) =>
        index >= 0 && index < Tokens.Count && string.Equals(Tokens[index], token, StringComparison.Ordinal);

    public bool IsAny(int index, params ReadOnlySpan<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (Is(index, token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the phrase (space-separated tokens) starts at <paramref name="index"/>.</summary>
    public bool IsPhrase(int index, string phrase)
    {
        var words = phrase.Split(' ');
        for (var k = 0; k < words.Length; k++)
        {
            if (!Is(index + k, words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Length in tokens of the longest of <paramref name="phrases"/> starting at <paramref name="index"/>, or 0.</summary>
    public int MatchAny(int index, PhraseList phrases) => phrases.MatchAt(this, index);

    public bool ContainsAny(PhraseList phrases)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (MatchAny(i, phrases) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The answer with every occurrence of <paramref name="phrases"/> cut out.</summary>
    public AnswerText Without(PhraseList phrases, out bool removed)
    {
        var kept = new List<string>(Tokens.Count);
        removed = false;
        for (var i = 0; i < Tokens.Count;)
        {
            var length = MatchAny(i, phrases);
            if (length > 0)
            {
                removed = true;
                i += length;
            }
            else
            {
                kept.Add(Tokens[i]);
                i++;
            }
        }

        return removed ? new AnswerText([.. kept]) : this;
    }

    /// <summary>
    /// A token of ASCII digits as a number. Longer than nine digits reads as
    /// <see cref="int.MaxValue"/>, which every scale rejects as out of range.
    /// </summary>
    public bool IsDigits(int index, out int value)
    {
        value = 0;
        if (index < 0 || index >= Tokens.Count || !char.IsAsciiDigit(Tokens[index][0]))
        {
            return false;
        }

        var token = Tokens[index];
        value = token.Length > 9 ? int.MaxValue : int.Parse(token, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    public int DigitCount(int index) => index >= 0 && index < Tokens.Count ? Tokens[index].Length : 0;

    /// <summary>A minus sign written before the number at <paramref name="index"/> ("-1"), rather than a range dash ("6-7").</summary>
    public bool IsNegativeAt(int index) =>
        Is(index - 1, "-") && (index < 2 || !(char.IsAsciiDigit(Tokens[index - 2][0]) || NumberWords.IsNumberWord(Tokens[index - 2])));
}

using System.Text;

namespace CoachBot.Coaching.Safety;

/// <summary>
/// A message reduced to the canonical words the safety phrases are written in: lower-case, apostrophes
/// dropped ("don't" is <c>dont</c>), runs of three or more of a letter cut to one ("diiiie" is <c>die</c>,
/// "killll" is <c>kil</c>), digits inside words read as letters ("d1e"), misspellings of "suicide"
/// mended, and sentence ends kept as <see cref="Boundary"/> so a phrase never spans two sentences.
/// </summary>
internal static class SafetyText
{
    /// <summary>Marks the end of a sentence; never part of a phrase.</summary>
    public const string Boundary = "|";

    /// <summary>A token longer than this is a paste (a URL, a key mash), not a word a phrase could match.</summary>
    private const int MaxTokenLength = 40;

    public static SafetyTokens Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<string>(text.Length / 4);
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (IsApostrophe(c) && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "don't", "i'm", "can't": one word without the apostrophe.
            }
            else if (c == '<' && StartsTag(text, i, out var tagEnd))
            {
                // A Teams @mention (<at>CoachBot</at>) names the bot, not anything the person said.
                Flush(tokens, word);
                i = tagEnd;
            }
            else
            {
                Flush(tokens, word);
                if (EndsSentence(text, i) && tokens.Count > 0 && tokens[^1] != Boundary)
                {
                    tokens.Add(Boundary);
                }
            }
        }

        Flush(tokens, word);
        return new SafetyTokens(tokens);
    }

    /// <summary>The canonical form of one word as written in a phrase table (same rules as a message).</summary>
    public static string Canonical(string word) => Canon(word.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal));

    public static bool IsNumber(string token) => token.Length > 0 && char.IsAsciiDigit(token[0]);

    private static void Flush(List<string> tokens, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var raw = word.ToString();
        word.Clear();
        if (raw.Length > MaxTokenLength)
        {
            tokens.Add("#long");
            return;
        }

        if (char.IsAsciiDigit(raw[0]))
        {
            // "11pm", "7am", "30min": the number and the unit are separate words.
            var split = 0;
            while (split < raw.Length && char.IsAsciiDigit(raw[split]))
            {
                split++;
            }

            tokens.Add(raw[..split]);
            if (split < raw.Length)
            {
                tokens.Add(Canon(raw[split..]));
            }

            return;
        }

        tokens.Add(Canon(raw));
    }

    /// <summary>Every run of a repeated letter cut to one: the tolerant form ("diee", "wannna" are <c>die</c>, <c>wana</c>).</summary>
    public static string Collapse(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Canon(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var letter = Leet(word[i]);
            var run = 1;
            while (i + run < word.Length && Leet(word[i + run]) == letter)
            {
                run++;
            }

            builder.Append(letter, run >= 3 ? 1 : run);
            i += run - 1;
        }

        return SuicideSpelling.Mend(builder.ToString());
    }

    /// <summary>Digits written for letters inside a word ("d1e", "su1c1de"); a word never starts with one here.</summary>
    private static char Leet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        _ => c,
    };

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC';

    /// <summary>". ! ? ;" and line breaks end a sentence; an ellipsis ("I want to... ") does not.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c is '!' or '?' or ';' or '\n')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        var previousDot = i > 0 && text[i - 1] == '.';
        var nextDot = i + 1 < text.Length && text[i + 1] == '.';
        return !previousDot && !nextDot;
    }

    private static bool StartsTag(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        if (!text[i..].StartsWith("<at", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var close = text[i..].IndexOf("</at>", StringComparison.OrdinalIgnoreCase);
        if (close < 0 || close > 200)
        {
            return false;
        }

        end = i + close + "</at>".Length - 1;
        return true;
    }
}

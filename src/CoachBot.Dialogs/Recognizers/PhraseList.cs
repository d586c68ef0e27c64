namespace CoachBot.Dialogs.Recognizers;

/// <summary>Phrases split into tokens once, longest first, so matching at each token stays cheap.</summary>
internal sealed class PhraseList
{
    private readonly string[] _phrases;
    private readonly string[][] _tokens;

    public PhraseList(IEnumerable<string> phrases)
    {
        _phrases = [.. phrases.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length)];
        _tokens = [.. _phrases.Select(p => p.Split(' ')).OrderByDescending(t => t.Length)];
    }

    public PhraseList With(IEnumerable<string> more) => new(_phrases.Concat(more));

    /// <summary>Length in tokens of the longest phrase starting at <paramref name="index"/>, or 0.</summary>
    public int MatchAt(AnswerText answer, int index)
    {
        foreach (var phrase in _tokens)
        {
            if (Matches(answer, index, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    private static bool Matches(AnswerText answer, int index, string[] phrase)
    {
        if (index < 0 || index + phrase.Length > answer.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(answer.Tokens[index + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Globalization;

namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// Matches an answer to one of a question's options: by id or synonym (any case), by position
/// ("2", "second", "the first one"), by an unambiguous start ("som" for "somewhat"), or by a
/// synonym inside a longer answer ("I'd say pretty good").
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly string[] Ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ];

    private static readonly PhraseList Fillers = new(["the", "option", "number", "choice", "no", "please", "button"]);
    private static readonly string[] Negations = ["not", "no", "never", "isnt", "wasnt", "didnt", "dont", "hardly"];

    /// <summary>The shortest start of a word that picks an option; one letter says too little.</summary>
    private const int MinPrefixLength = 2;

    public static ChoiceRecognition Recognize(string? text, IReadOnlyList<Choice> choices, CultureInfo culture)
    {
        var answer = AnswerText.From(text, culture);
        if (answer.IsEmpty || choices.Count == 0)
        {
            return ChoiceRecognition.Of(RecognitionKind.NotRecognized);
        }

        var options = choices
            .Select(c => (c.Id, Words: c.Synonyms.Prepend(c.Id).Select(s => AnswerText.From(s, culture)).Where(s => !s.IsEmpty).ToList()))
            .ToList();
        var said = answer.ToString();

        var exact = options.Where(o => o.Words.Any(w => w.ToString() == said)).Select(o => o.Id).ToList();
        if (exact.Count > 0)
        {
            return ChoiceRecognition.Between(exact);
        }

        if (Position(answer) is { } position)
        {
            return position >= 1 && position <= choices.Count
                ? ChoiceRecognition.Picked(choices[position - 1].Id)
                : ChoiceRecognition.Of(RecognitionKind.OutOfRange);
        }

        var trimmed = answer.Without(CommonPhrases.DontKnow, out var unsure);
        if (unsure && trimmed.IsEmpty)
        {
            return ChoiceRecognition.Of(RecognitionKind.Unknown);
        }

        if (said.Length >= MinPrefixLength)
        {
            var started = options
                .Where(o => o.Words.Any(w => w.ToString().StartsWith(said, StringComparison.Ordinal)))
                .Select(o => o.Id)
                .ToList();
            if (started.Count > 0)
            {
                return ChoiceRecognition.Between(started);
            }
        }

        var mentioned = Mentioned(answer, options);
        if (mentioned.Count > 0)
        {
            return ChoiceRecognition.Between(mentioned);
        }

        return ChoiceRecognition.Of(unsure ? RecognitionKind.Unknown : RecognitionKind.NotRecognized);
    }

    /// <summary>"2", "two", "second", "2nd", "the first one", "option 3".</summary>
    private static int? Position(AnswerText answer)
    {
        var words = answer.Without(Fillers, out _).Tokens.ToList();
        if (words is [.. var rest, "one"] && rest.Count > 0)
        {
            words = rest;
        }

        if (words is [var ordinal] && Array.IndexOf(Ordinals, ordinal) is var index and >= 0)
        {
            return index + 1;
        }

        var number = AnswerText.From(string.Join(' ', words), CultureInfo.InvariantCulture);
        var used = NumberWords.TryRead(number, 0, out var value);
        var suffix = used == 1 && number.IsDigits(0, out _) && number.IsAny(1, "st", "nd", "rd", "th") ? 1 : 0;
        return used > 0 && used + suffix == number.Count ? value : null;
    }

    /// <summary>Options whose words appear whole in the answer, not negated and not inside a longer match.</summary>
    private static List<string> Mentioned(AnswerText answer, List<(string Id, List<AnswerText> Words)> options)
    {
        var matches = new List<(string Id, int Start, int End)>();
        foreach (var (id, words) in options)
        {
            foreach (var word in words)
            {
                var phrase = word.ToString();
                for (var i = 0; i < answer.Count; i++)
                {
                    if (answer.IsPhrase(i, phrase) && !answer.IsAny(i - 1, Negations))
                    {
                        matches.Add((id, i, i + word.Count));
                    }
                }
            }
        }

        return matches
            .Where(m => !matches.Any(o => o.Start <= m.Start && o.End >= m.End && o.End - o.Start > m.End - m.Start))
            .Select(m => m.Id)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => options.FindIndex(o => o.Id == id))
            .ToList();
    }
}

using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// One of a list of options (by id, synonym, number or unambiguous start); the answer is the index
/// of the option. The options and their synonyms come from the content files.
/// </summary>
public sealed class ChoicePrompt(string id, PromptMessages<int> messages, IReadOnlyList<Choice> choices, int maxAttempts = 2)
    : Prompt<int>(id, messages, DialogsJson.Default.Int32, maxAttempts)
{
    public IReadOnlyList<Choice> Choices { get; } = choices;

    protected override Recognition<int> Recognize(string text, string? locale)
    {
        var recognition = ChoiceRecognizer.Recognize(text, Choices, PromptCulture.From(locale));
        return recognition.Kind switch
        {
            RecognitionKind.Recognized => Recognition.Recognized(IndexOf(recognition.ChoiceId!)),
            RecognitionKind.Ambiguous when recognition.Candidates.Count >= 2 =>
                Recognition.Ambiguous(IndexOf(recognition.Candidates[0]), IndexOf(recognition.Candidates[1])),
            _ => Recognition.Of<int>(recognition.Kind),
        };
    }

    protected override Recognition<int> ResolveAmbiguity(string text, Recognition<int> pending)
    {
        var again = Recognize(text, null);
        return again is { Kind: RecognitionKind.Recognized, Value: { } value } && (value == pending.Value || value == pending.Alternative)
            ? again
            : default;
    }

    private int IndexOf(string choiceId)
    {
        for (var i = 0; i < Choices.Count; i++)
        {
            if (Choices[i].Id == choiceId)
            {
                return i;
            }
        }

        return -1;
    }
}

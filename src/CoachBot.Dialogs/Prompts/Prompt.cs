using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Dialogs.Recognizers;
using CoachBot.Protocol.Schema;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// A question with a typed answer. An answer it can use ends it; "don't know" skips it; anything else
/// gets a kind re-prompt, and after <see cref="MaxAttempts"/> unusable answers the item is skipped —
/// never a dead end. When two readings fit (11 am or pm) it asks which and remembers both.
/// </summary>
public abstract class Prompt<T>(string id, PromptMessages<T> messages, JsonTypeInfo<T> valueType, int maxAttempts = 2) : Dialog(id)
    where T : struct
{
    /// <summary>How many unusable answers are re-prompted before the item is skipped.</summary>
    public int MaxAttempts { get; } = maxAttempts;

    /// <summary>
    /// Phrases that answer the question without a value (e.g. "same as bed time"): matched whole, case
    /// and end punctuation aside, before the answer is read; the prompt ends with a <see cref="PromptShortcut"/>.
    /// </summary>
    public IReadOnlyList<Choice> Shortcuts { get; init; } = [];

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.ActiveDialog!.Attempts = 0;
        dc.ActiveDialog.State = null;
        dc.Context.SendActivity(messages.Ask(dc.Context));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Context.SendActivity(messages.Ask(dc.Context));
        return Task.CompletedTask;
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var pending = LoadPending(instance);
        var text = AnswerOf(dc.Context.Activity);
        if (MatchShortcut(text) is { } shortcut)
        {
            return dc.EndDialogAsync(DialogResult.Answered(new PromptShortcut(shortcut)), cancellationToken);
        }

        var recognition = pending is { } ambiguity ? ResolveAmbiguity(text, ambiguity) : default;
        if (recognition.Kind is not RecognitionKind.Recognized)
        {
            recognition = Recognize(text, dc.Context.Activity.Locale);
        }

        switch (recognition.Kind)
        {
            case RecognitionKind.Recognized when recognition.Value is { } value:
                return dc.EndDialogAsync(DialogResult.Answered(value), cancellationToken);
            case RecognitionKind.Unknown:
                return dc.EndDialogAsync(DialogResult.Skipped, cancellationToken);
            default:
                instance.Attempts++;
                if (instance.Attempts > MaxAttempts)
                {
                    if (messages.GiveUp is { } giveUp)
                    {
                        dc.Context.SendActivity(giveUp(dc.Context));
                    }

                    return dc.EndDialogAsync(DialogResult.Skipped, cancellationToken);
                }

                instance.State = recognition.Kind == RecognitionKind.Ambiguous ? SavePending(recognition) : null;
                dc.Context.SendActivity(messages.Retry(dc.Context, recognition));
                return Task.FromResult(DialogTurnResult.Waiting);
        }
    }

    /// <summary>Reads an answer; never throws.</summary>
    protected abstract Recognition<T> Recognize(string text, string? locale);

    /// <summary>
    /// Reads the answer to "which one?" after an ambiguous answer: returns one of the two readings, or
    /// not-recognized to read the text afresh.
    /// </summary>
    protected virtual Recognition<T> ResolveAmbiguity(string text, Recognition<T> pending) => default;

    /// <summary>The answer's text: typed text, or a card's or button's submitted <c>answer</c> value.</summary>
    protected static string AnswerOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text;
        }

        return activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("answer", out var answer)
            && answer.ValueKind == JsonValueKind.String
            ? answer.GetString() ?? string.Empty
            : string.Empty;
    }

    private string? MatchShortcut(string text)
    {
        if (Shortcuts.Count == 0 || text.Length > 100)
        {
            return null;
        }

        var answer = text.Replace('\u2019', '\'').Trim().TrimEnd('.', '!', '?').Trim();
        foreach (var shortcut in Shortcuts)
        {
            foreach (var phrase in shortcut.Synonyms)
            {
                if (string.Equals(answer, phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return shortcut.Id;
                }
            }
        }

        return null;
    }

    private JsonElement SavePending(Recognition<T> ambiguity)
    {
        var pair = new[] { JsonSerializer.SerializeToElement(ambiguity.Value!.Value, valueType), JsonSerializer.SerializeToElement(ambiguity.Alternative!.Value, valueType) };
        return JsonSerializer.SerializeToElement(pair, DialogsJson.Default.JsonElementArray);
    }

    private Recognition<T>? LoadPending(DialogInstance instance)
    {
        if (instance.State is not { ValueKind: JsonValueKind.Array } pair || pair.GetArrayLength() != 2)
        {
            return null;
        }

        return Recognition.Ambiguous(pair[0].Deserialize(valueType), pair[1].Deserialize(valueType));
    }
}

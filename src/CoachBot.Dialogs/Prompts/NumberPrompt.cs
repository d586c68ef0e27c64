using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Prompts;

/// <summary>What kind of number a <see cref="NumberPrompt"/> reads.</summary>
public enum NumberKind
{
    /// <summary>A count ("twice", "a couple", "none").</summary>
    Count,

    /// <summary>A duration in minutes ("20 min", "1h15", "an hour and a half").</summary>
    Minutes,

    /// <summary>A 0–10 rating ("6/10", "about a 7"; "6-7" asks which).</summary>
    Score,
}

/// <summary>A whole number of a given kind within a range; outside it is re-asked, never stored.</summary>
public sealed class NumberPrompt(string id, PromptMessages<int> messages, NumberKind kind, int min, int max, int maxAttempts = 2)
    : Prompt<int>(id, messages, DialogsJson.Default.Int32, maxAttempts)
{
    protected override Recognition<int> Recognize(string text, string? locale)
    {
        var culture = PromptCulture.From(locale);
        var recognition = kind switch
        {
            NumberKind.Count => CountRecognizer.Recognize(text, culture),
            NumberKind.Minutes => DurationRecognizer.Recognize(text, culture),
            _ => PainScoreRecognizer.Recognize(text, culture),
        };

        return recognition is { Kind: RecognitionKind.Recognized, Value: { } value } && (value < min || value > max)
            ? Recognition.Of<int>(RecognitionKind.OutOfRange)
            : recognition;
    }

    protected override Recognition<int> ResolveAmbiguity(string text, Recognition<int> pending)
    {
        var again = Recognize(text, null);
        return again is { Kind: RecognitionKind.Recognized, Value: { } value } && (value == pending.Value || value == pending.Alternative)
            ? again
            : default;
    }
}

using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// A clock time ("11pm", "half eleven", "around midnight"). A bare hour is read by the item's window
/// (bed time or waking); when both readings fit, it asks "morning or night?" and remembers both.
/// </summary>
public sealed class TimeOfDayPrompt(string id, PromptMessages<TimeOnly> messages, TimeWindow window, int maxAttempts = 2)
    : Prompt<TimeOnly>(id, messages, DialogsJson.Default.TimeOnly, maxAttempts)
{
    private static readonly string[] MorningWords = ["am", "a.m.", "morning", "in the morning"];
    private static readonly string[] EveningWords = ["pm", "p.m.", "night", "evening", "at night", "in the evening", "afternoon"];

    protected override Recognition<TimeOnly> Recognize(string text, string? locale) =>
        TimeOfDayRecognizer.Recognize(text, PromptCulture.From(locale), window);

    protected override Recognition<TimeOnly> ResolveAmbiguity(string text, Recognition<TimeOnly> pending)
    {
        var answer = text.Trim().TrimEnd('.', '!').ToLowerInvariant();
        var (first, second) = (pending.Value!.Value, pending.Alternative!.Value);
        var morning = first.Hour < 12 ? first : second;
        var evening = first.Hour < 12 ? second : first;
        if (Array.IndexOf(MorningWords, answer) >= 0)
        {
            return Recognition.Recognized(morning);
        }

        if (Array.IndexOf(EveningWords, answer) >= 0)
        {
            return Recognition.Recognized(evening);
        }

        return default;
    }
}

using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Prompts;

/// <summary>Yes or no, with the usual synonyms ("yeah", "nope", 👍).</summary>
public sealed class YesNoPrompt(string id, PromptMessages<bool> messages, int maxAttempts = 2)
    : Prompt<bool>(id, messages, DialogsJson.Default.Boolean, maxAttempts)
{
    protected override Recognition<bool> Recognize(string text, string? locale) =>
        YesNoRecognizer.Recognize(text, PromptCulture.From(locale));
}

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// A prompt was answered with one of its shortcut phrases ("same as bed time", "didn't sleep at all")
/// rather than a value; the step that asked decides what it means.
/// </summary>
public sealed record PromptShortcut(string Id);

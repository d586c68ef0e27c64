using CoachBot.Dialogs.Recognizers;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// What a prompt says, supplied by the layer that owns the words: the question, the kind re-prompt
/// (which may depend on what was wrong with the answer), and what to say when moving on without one.
/// </summary>
public sealed record PromptMessages<T>(
    Func<TurnContext, Activity> Ask,
    Func<TurnContext, Recognition<T>, Activity> Retry,
    Func<TurnContext, Activity>? GiveUp = null)
    where T : struct;

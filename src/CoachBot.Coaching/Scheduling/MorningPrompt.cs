using System.Text.Json;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.Scheduling;

/// <summary>The morning prompt as sent into the person's conversation: an invitation with a "Check in" button.</summary>
public static class MorningPrompt
{
    /// <summary>
    /// The prompt for <paramref name="user"/>, addressed by <paramref name="reference"/>. The first prompt sent
    /// less often says so; the button sends back a phrase that starts the check-in.
    /// </summary>
    public static Activity Create(MessageCatalog messages, UserData user, ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(reference);
        var text = messages[PromptSchedule.NeedsBackOffNote(user.Prompts) ? PromptMessageIds.MorningEveryOtherDay : PromptMessageIds.Morning];
        var activity = reference.CreateProactiveActivity(text);
        var button = messages[PromptMessageIds.MorningButton];
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [new CardAction { Type = "imBack", Title = button, Value = JsonSerializer.SerializeToElement(button, PromptJson.Default.String) }],
        };
        return activity;
    }
}

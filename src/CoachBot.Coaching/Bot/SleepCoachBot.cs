using CoachBot.Coaching.Content;
using CoachBot.Coaching.Scheduling;
using CoachBot.Coaching.State;
using CoachBot.Coaching.Teams;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Bot;

/// <summary>
/// CoachBot's turn logic: greets, onboards, and routes each message — safety screen and commands
/// first, then the active dialog, then the person's commands when no dialog is active.
/// </summary>
public sealed class SleepCoachBot(MessageCatalog messages, Commands commands, CoachDialogSet dialogs, DialogRunner runner, TimeProvider timeProvider, ILogger<SleepCoachBot> logger) : IBot
{
    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        TeamsInbound.Prepare(activity, logger);
        var conversation = turnContext.TurnState.Get<ConversationData>();
        var user = turnContext.TurnState.TryGet<UserData>(out var known) ? known : new UserData();
        user.FirstSeen ??= timeProvider.GetUtcNow();
        MyData.ConversationIndex.Remember(user, activity.Conversation?.Id);
        if (activity.Locale is { Length: > 0 and <= 20 } locale)
        {
            user.Profile.Locale = locale;
        }

        TeamsInstallation.Apply(user, activity, timeProvider.GetUtcNow(), logger);
        var dc = new DialogContext(dialogs.Set, turnContext, conversation.Dialogs);
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
            case ActivityTypes.InstallationUpdate when string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase):
                if (Greet(turnContext, conversation))
                {
                    await StartOnboardingIfNeededAsync(dc, user, cancellationToken);
                }

                break;
            case ActivityTypes.Message:
                await OnMessageAsync(dc, conversation, user, cancellationToken);
                break;
            default:
                // Unknown and unhandled activity types are acknowledged and ignored, as the protocol asks.
                break;
        }

        PromptSchedule.RecordInbound(user, activity);
    }

    private async Task OnMessageAsync(DialogContext dc, ConversationData conversation, UserData user, CancellationToken cancellationToken)
    {
        var firstContact = Greet(dc.Context, conversation);
        var result = await runner.RunAsync(dc, cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await RouteAsync(dc, user, firstContact, cancellationToken);
        }

        await StartOnboardingIfNeededAsync(dc, user, cancellationToken);
    }

    private async Task RouteAsync(DialogContext dc, UserData user, bool firstContact, CancellationToken cancellationToken)
    {
        switch (commands.Recognize(dc.Context.Activity.Text))
        {
            case Command.Help:
                dc.Context.SendActivity(messages[MessageIds.Help]);
                break;
            case Command.CheckIn when user.Profile.IsOnboarded && dialogs.Has(DialogIds.CheckIn):
                await dc.BeginDialogAsync(DialogIds.CheckIn, cancellationToken);
                break;
            case Command.Settings when user.Profile.IsOnboarded && dialogs.Has(DialogIds.Settings):
                await dc.BeginDialogAsync(DialogIds.Settings, cancellationToken);
                break;
            case Command.NightHelp when dialogs.Has(DialogIds.NightHelp):
                await dc.BeginDialogAsync(DialogIds.NightHelp, cancellationToken);
                break;
            case Command.History when dialogs.Has(DialogIds.History):
                await dc.BeginDialogAsync(DialogIds.History, cancellationToken);
                break;
            case Command.Export when dialogs.Has(DialogIds.Export):
                await dc.BeginDialogAsync(DialogIds.Export, cancellationToken);
                break;
            case Command.DeleteData when dialogs.Has(DialogIds.DeleteData):
                await dc.BeginDialogAsync(DialogIds.DeleteData, cancellationToken);
                break;
            case Command.Summary when user.Profile.IsOnboarded && dialogs.Has(Progress.ProgressIds.Summary):
                await dc.BeginDialogAsync(Progress.ProgressIds.Summary, cancellationToken);
                break;
            case Command.ShareSummary when user.Profile.IsOnboarded && dialogs.Has(Progress.ProgressIds.ShareSummary):
                await dc.BeginDialogAsync(Progress.ProgressIds.ShareSummary, cancellationToken);
                break;
            case Command.None or Command.Cancel or Command.Skip or Command.Back when !firstContact && (user.Profile.IsOnboarded || !dialogs.Has(DialogIds.Onboarding)):
                dc.Context.SendActivity(messages[MessageIds.NotUnderstood]);
                break;
            default:
                break;
        }
    }

    private async Task StartOnboardingIfNeededAsync(DialogContext dc, UserData user, CancellationToken cancellationToken)
    {
        // Never after "delete my data": the person is gone, and is welcomed as new only when they write again.
        if (!user.Profile.IsOnboarded && !dc.IsActive && dc.Context.TurnState.Get<ConversationData>().Safety is null && dialogs.Has(DialogIds.Onboarding)
            && !dc.Context.TurnState.TryGet<MyData.PersonalDataErasure>(out _))
        {
            await dc.BeginDialogAsync(DialogIds.Onboarding, cancellationToken);
        }
    }

    /// <summary>Sends the welcome once per conversation; true when it did.</summary>
    private bool Greet(TurnContext turnContext, ConversationData conversation)
    {
        if (conversation.Greeted)
        {
            return false;
        }

        conversation.Greeted = true;
        turnContext.SendActivity(messages[MessageIds.Welcome]);
        return true;
    }
}

using CoachBot.Coaching.Bot;
using CoachBot.Coaching.CheckIn;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Scheduling;
using CoachBot.Coaching.State;
using CoachBot.Dialogs;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Feedback;

/// <summary>
/// The person's say over the coaching itself, in any state (COACHING.md §5): frustration with the bot is
/// taken at its word (the ideas stop at once, no defending), "diary only" and "advice on" switch the ideas,
/// and "skip today" leaves today blank. Inside a question the question comes again afterwards; inside a
/// check-in, "skip today" (or "not today") ends it with nothing saved. Crisis words never get here: the
/// safety screen reads every message first.
/// </summary>
public sealed class FeedbackInterruption(Commands commands, MessageCatalog messages, TimeProvider timeProvider, ILogger<FeedbackInterruption> logger) : IInterruption
{
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.TurnState.TryGet<UserData>(out var user) || !user.Profile.IsOnboarded)
        {
            return false;
        }

        var text = dc.Context.Activity.Text;
        var command = commands.Recognize(text);
        var inCheckIn = dc.Contains(DialogIds.CheckIn);
        if (inCheckIn && commands.Means(text, Command.SnoozeUntilTomorrow))
        {
            // Once a check-in has begun, "not today" means leaving today blank, not asking for the prompt tomorrow
            // with the same question asked again right after.
            command = Command.SkipToday;
        }

        switch (command)
        {
            case Command.Frustrated:
                DropAdvice(dc, user);
                break;
            case Command.AdviceOff:
                user.Profile.AdviceOff = true;
                dc.Context.SendActivity(messages[FeedbackMessageIds.AdviceOff]);
                FeedbackLog.AdviceTurnedOff(logger, "asked", State(dc));
                break;
            case Command.AdviceOn:
                user.Profile.AdviceOff = false;
                dc.Context.SendActivity(messages[FeedbackMessageIds.AdviceOn]);
                FeedbackLog.AdviceTurnedOn(logger, State(dc));
                break;
            case Command.SkipToday when inCheckIn || !dc.IsActive:
                FeedbackLog.DaySkipped(logger, State(dc), inCheckIn);
                if (inCheckIn)
                {
                    await dc.CancelAllAsync();
                }

                SkipTodaysPrompt(user);
                dc.Context.SendActivity(messages[FeedbackMessageIds.SkipToday]);
                return true;
            default:
                return false;
        }

        if (dc.IsActive)
        {
            await dc.RepromptAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>"I'll drop them" is a promise kept in the same turn; the reply says how to have ideas again.</summary>
    private void DropAdvice(DialogContext dc, UserData user)
    {
        var alreadyOff = user.Profile.AdviceOff;
        user.Profile.AdviceOff = true;
        FeedbackLog.AdviceTurnedOff(logger, "frustrated", State(dc));
        if (dc.IsActive)
        {
            dc.Context.SendActivity(messages[FeedbackMessageIds.FrustratedInDialog]);
            return;
        }

        var text = messages[alreadyOff ? FeedbackMessageIds.FrustratedAlreadyOff : FeedbackMessageIds.Frustrated];
        dc.Context.SendActivity(PromptWords.Reply(dc.Context, text, [messages[FeedbackMessageIds.DiaryOnlyButton], messages[FeedbackMessageIds.PauseButton]]));
    }

    /// <summary>No morning message later today, and no snooze still pending: a blank day is not chased.</summary>
    private void SkipTodaysPrompt(UserData user)
    {
        user.Prompts.SnoozedUntil = null;
        if (PromptSchedule.TryFindZone(user.Profile.TimeZoneId, out var zone))
        {
            user.Prompts.SkipDate = PromptSchedule.LocalDate(timeProvider.GetUtcNow(), zone);
        }
    }

    private static string State(DialogContext dc) => dc.IsActive ? "active" : "idle";
}

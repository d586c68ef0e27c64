using CoachBot.Coaching.Bot;
using CoachBot.Coaching.CheckIn;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Dialogs;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Scheduling;

/// <summary>
/// pause, resume, snooze, "snooze until tomorrow" and stop for the morning prompts, in any state: inside a
/// dialog the current question is asked again afterwards. A bare "stop" inside a dialog stays cancel
/// (<see cref="CoachingInterruptions"/> sees it first); outside one it stops the prompts. The change is
/// saved with the turn, and the scheduler sees it as soon as the turn commits.
/// </summary>
public sealed class PromptCommandInterruption(Commands commands, MessageCatalog messages, TimeProvider timeProvider, ILogger<PromptCommandInterruption> logger) : IInterruption
{
    /// <summary>How long "snooze" waits.</summary>
    public static readonly TimeSpan SnoozeLength = TimeSpan.FromHours(1);

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = dc.Context.Activity.Text;
        var command = commands.Recognize(text);
        if (command == Command.Cancel && !dc.IsActive && commands.Means(text, Command.StopPrompts))
        {
            command = Command.StopPrompts;
        }

        if (command is not (Command.Pause or Command.Resume or Command.Snooze or Command.SnoozeUntilTomorrow or Command.StopPrompts)
            || !dc.Context.TurnState.TryGet<UserData>(out var user))
        {
            return false;
        }

        dc.Context.SendActivity(Apply(command, user, PromptWords.CultureOf(dc.Context)));
        SchedulingLog.CommandApplied(logger, command, dc.IsActive ? "active" : "idle");
        if (dc.IsActive)
        {
            await dc.RepromptAsync(cancellationToken);
        }

        return true;
    }

    private string Apply(Command command, UserData user, System.Globalization.CultureInfo culture)
    {
        var state = user.Prompts;
        switch (command)
        {
            case Command.Pause:
                state.Paused = true;
                state.SnoozedUntil = null;
                return messages[PromptMessageIds.Paused];
            case Command.StopPrompts:
                state.Stopped = true;
                state.SnoozedUntil = null;
                return messages[PromptMessageIds.Stopped];
            case Command.Resume:
                state.Paused = false;
                state.Stopped = false;
                state.SnoozedUntil = null;
                state.SkipDate = null;
                return PromptSchedule.IsSetUp(user)
                    ? messages.Format(PromptMessageIds.Resumed, ("time", ShowTime(user, culture)))
                    : messages[PromptMessageIds.NotSetUp];
            default:
                return Snooze(command, user, culture);
        }
    }

    private string Snooze(Command command, UserData user, System.Globalization.CultureInfo culture)
    {
        var state = user.Prompts;
        if (!PromptSchedule.IsSetUp(user))
        {
            return messages[PromptMessageIds.NotSetUp];
        }

        if (state.Paused || state.Stopped)
        {
            return messages[PromptMessageIds.NothingToSnooze];
        }

        var now = timeProvider.GetUtcNow();
        if (command == Command.Snooze)
        {
            state.SnoozedUntil = CeilingToMinute(now + SnoozeLength);
            return messages[PromptMessageIds.Snoozed];
        }

        state.SnoozedUntil = null;
        if (PromptSchedule.TryFindZone(user.Profile.TimeZoneId, out var zone))
        {
            state.SkipDate = PromptSchedule.LocalDate(now, zone);
        }

        return messages.Format(PromptMessageIds.SnoozedUntilTomorrow, ("time", ShowTime(user, culture)));
    }

    private static string ShowTime(UserData user, System.Globalization.CultureInfo culture) =>
        PromptWords.ShowTime(user.Profile.CheckInTime ?? default, culture);

    private static DateTimeOffset CeilingToMinute(DateTimeOffset instant)
    {
        var floor = new DateTimeOffset(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        return floor == instant ? floor : floor.AddMinutes(1);
    }
}

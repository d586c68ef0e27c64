using CoachBot.Coaching.State;
using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.Scheduling;

/// <summary>
/// When a person's next morning prompt is due, as a pure function of their state and a lower bound.
/// Clock changes: a local time skipped when the clocks go forward is sent at the next minute that exists;
/// a time repeated when they go back is sent once, at its first (earlier) instant.
/// Back-off: after <see cref="BackOffAfter"/> unanswered prompts in a row, every <see cref="BackOffEveryDays"/> days.
/// </summary>
public static class PromptSchedule
{
    /// <summary>Unanswered prompts in a row after which prompts thin out.</summary>
    public const int BackOffAfter = 3;

    /// <summary>Days between prompts while backing off.</summary>
    public const int BackOffEveryDays = 2;

    /// <summary>Longest stretch of local time a zone has ever skipped (a whole day, crossing the date line).</summary>
    private const int MaxSkippedMinutes = 26 * 60;

    /// <summary>
    /// The first prompt due at or after <paramref name="from"/>, or null when the person gets none
    /// (not set up, paused, stopped, unreachable).
    /// </summary>
    public static DuePrompt? NextDue(UserData user, DateTimeOffset from)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!WantsPrompts(user) || user.Profile.CheckInTime is not { } time || !TryFindZone(user.Profile.TimeZoneId, out var zone))
        {
            return null;
        }

        var state = user.Prompts;
        DuePrompt? snoozed = state.SnoozedUntil is { } until && until >= from
            ? new DuePrompt(until, LocalDate(until, zone), PromptKind.Snoozed)
            : null;

        DuePrompt? daily = null;
        var first = LocalDate(from, zone).AddDays(-1);
        if (state.LastPromptDate is { } last)
        {
            var allowed = last.AddDays(IsBackingOff(state) ? BackOffEveryDays : 1);
            first = allowed > first ? allowed : first;
        }

        // A week covers a skipped day and a snoozed day on top of the back-off interval.
        for (var date = first; date <= first.AddDays(7); date = date.AddDays(1))
        {
            if (date == state.SkipDate || date == snoozed?.LocalDate)
            {
                continue;
            }

            var at = DailyInstant(date, time, zone);
            if (at >= from)
            {
                daily = new DuePrompt(at, date, PromptKind.Daily);
                break;
            }
        }

        return (snoozed, daily) switch
        {
            (null, _) => daily,
            (_, null) => snoozed,
            _ => snoozed.Instant <= daily.Instant ? snoozed : daily,
        };
    }

    /// <summary>The instant of <paramref name="time"/> (whole minutes) on local <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset DailyInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(new TimeOnly(time.Hour, time.Minute), DateTimeKind.Unspecified);
        for (var skipped = 0; zone.IsInvalidTime(local) && skipped < MaxSkippedMinutes; skipped++)
        {
            local = local.AddMinutes(1);
        }

        if (zone.IsAmbiguousTime(local))
        {
            // The larger offset is the first pass through the repeated stretch.
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>
    /// Whether the person is set up for prompts and wants them now (a snooze still counts as wanting them). Not while
    /// the safety screen has paused them: after a crisis reply a cheerful morning prompt is the wrong next message.
    /// </summary>
    public static bool WantsPrompts(UserData user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var state = user.Prompts;
        return IsSetUp(user) && user.ConversationReference is not null && !state.Paused && !state.Stopped && !state.Inactive
            && !user.Profile.PromptsPausedForSafety;
    }

    /// <summary>Onboarded with a diary: the morning check-in is what onboarding promised them.</summary>
    public static bool IsSetUp(UserData user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var profile = user.Profile;
        return profile.IsOnboarded && profile.DiaryConsent == true && profile.CheckInTime is not null && profile.TimeZoneId is not null;
    }

    public static bool IsBackingOff(PromptState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Unanswered >= BackOffAfter;
    }

    /// <summary>The next prompt is the first sent less often: it says so, kindly, once.</summary>
    public static bool NeedsBackOffNote(PromptState state) => IsBackingOff(state) && !state.BackOffNoted;

    /// <summary>Records a prompt as sent.</summary>
    public static void RecordSent(UserData user, DuePrompt due, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(due);
        var state = user.Prompts;
        if (NeedsBackOffNote(state))
        {
            state.BackOffNoted = true;
        }

        state.LastPromptDate = state.LastPromptDate is { } last && last > due.LocalDate ? last : due.LocalDate;
        state.LastPromptAt = at;
        state.Unanswered++;
        if (due.Kind == PromptKind.Snoozed)
        {
            state.SnoozedUntil = null;
        }
    }

    /// <summary>The prompt that follows <paramref name="due"/> if it is sent at <paramref name="at"/>; the person's state is left as it is.</summary>
    public static DuePrompt? NextDueAfterSending(UserData user, DuePrompt due, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(due);
        var actual = user.Prompts;
        user.Prompts = actual.Copy();
        try
        {
            RecordSent(user, due, at);
            return NextDue(user, due.Instant.AddMinutes(1));
        }
        finally
        {
            user.Prompts = actual;
        }
    }

    /// <summary>
    /// What every inbound activity tells the schedule: any message is an answer (the back-off ends, an unreachable
    /// person is reachable again), and once onboarded the conversation is remembered for prompts, because
    /// service URLs change.
    /// </summary>
    public static void RecordInbound(UserData user, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsMessage)
        {
            user.Prompts.Unanswered = 0;
            user.Prompts.BackOffNoted = false;
            user.Prompts.Inactive = false;
            user.Prompts.InactiveSince = null;
        }

        // Prompts go to the person's own chat, never into a group conversation they happen to write from.
        if (user.Profile.IsOnboarded && activity.Conversation is { Id.Length: > 0, IsGroup: not true }
            && activity.ServiceUrl is { Length: > 0 } && activity.From?.Id is { Length: > 0 } userId && userId != activity.Recipient?.Id)
        {
            user.ConversationReference = activity.GetConversationReference();
        }
    }

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}

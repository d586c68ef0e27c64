using System.Globalization;
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

    /// <summary>
    /// On the person's weekly summary day, the week just past, sent after the prompt; null on other days, without
    /// a diary, or when the summary is off. The night just past may not be in yet, so the week ends yesterday.
    /// </summary>
    public static Activity? WeeklySummary(MessageCatalog messages, UserData user, ConversationReference reference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(reference);
        var profile = user.Profile;
        if (!profile.WeeklySummaryOn || profile.DiaryConsent != true || user.Diary.Count == 0
            || profile.TimeZoneId is null || !TimeZoneInfo.TryFindSystemTimeZoneById(profile.TimeZoneId, out var zone))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        if (today.DayOfWeek != profile.WeeklySummaryDay)
        {
            return null;
        }

        var culture = CultureFor(profile.Locale);
        return reference.CreateProactiveActivity(Progress.WeeklySummary.Compose(user.Diary, today.AddDays(-1), messages, culture));
    }

    private static CultureInfo CultureFor(string? locale)
    {
        try
        {
            return locale is { Length: > 0 and <= 20 } ? CultureInfo.GetCultureInfo(locale) : CultureInfo.GetCultureInfo("en-GB");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en-GB");
        }
    }
}

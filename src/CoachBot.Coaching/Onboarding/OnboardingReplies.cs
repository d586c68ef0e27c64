using System.Text.Json;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.TimeZones;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.Onboarding;

/// <summary>Builds onboarding's and settings' replies from the content: zone names, times, and questions with buttons.</summary>
internal sealed class OnboardingReplies(MessageCatalog messages)
{
    private const string ImBack = "imBack";

    public MessageCatalog Messages { get; } = messages;

    /// <summary>"London time (Europe/London)", or just "UTC" for a zone without a city.</summary>
    public string ZoneName(string zoneId) =>
        TimeZoneDisplay.City(zoneId) is { } city
            ? Messages.Format(OnboardingMessageIds.ZoneNameCity, ("place", city), ("zone", zoneId))
            : Messages.Format(OnboardingMessageIds.ZoneNamePlain, ("zone", zoneId));

    /// <summary>A clock time as the person's locale writes it (08:00, 8:00 AM).</summary>
    public static string Time(TurnContext turn, TimeOnly time) => time.ToString("t", PersonCulture.Of(turn));

    /// <summary>A question with quick-reply buttons that send their own title back.</summary>
    public static Activity WithButtons(TurnContext turn, string text, IEnumerable<string> titles)
    {
        var reply = turn.Activity.CreateReply(text);
        reply.SuggestedActions = new SuggestedActions
        {
            Actions = [.. titles.Select(title => new CardAction
            {
                Type = ImBack,
                Title = title,
                Value = JsonSerializer.SerializeToElement(title, OnboardingJson.Default.String),
            })],
        };
        return reply;
    }

    public Activity YesNo(TurnContext turn, string text) =>
        WithButtons(turn, text, [Messages[OnboardingMessageIds.Yes], Messages[OnboardingMessageIds.No]]);
}

using CoachBot.Coaching.Content;

namespace CoachBot.Coaching.Tests.Onboarding;

/// <summary>The bot's words as the content files in dialogs/ say them: tests compare with these, never with copies.</summary>
internal static class Words
{
    private static readonly Lazy<MessageCatalog> Catalog = new(() => MessageCatalog.LoadDirectory(Directory));

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "dialogs");

    public static MessageCatalog Messages => Catalog.Value;

    public static string Say(string id) => Messages[id];

    public static string Say(string id, params (string Name, string Value)[] values) => Messages.Format(id, values);

    /// <summary>How a zone with a city reads inside a sentence.</summary>
    public static string Zone(string place, string zoneId) => Messages.Format("onboarding.zone_name.city", ("place", place), ("zone", zoneId));
}

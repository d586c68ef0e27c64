using CoachBot.Coaching.Content;

namespace CoachBot.Web.Tests.Support;

/// <summary>The bot's words as the content files say them: tests compare with these, never with copies.</summary>
public static class Words
{
    private static readonly Lazy<MessageCatalog> Catalog = new(() =>
        MessageCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "messages.yaml")));

    public static MessageCatalog Messages => Catalog.Value;
}

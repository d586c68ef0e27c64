using CoachBot.Coaching.Content;

namespace CoachBot.Web.Tests.Support;

/// <summary>The bot's words as the content files say them: tests compare with these, never with copies.</summary>
public static class Words
{
    private static readonly Lazy<MessageCatalog> Catalog = new(() =>
        MessageCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "dialogs")));

    public static MessageCatalog Messages => Catalog.Value;
}

using System.Collections.Concurrent;
using System.Text.Json;
using CoachBot.Web.Tests.WebChannel;
using Microsoft.Playwright;

namespace CoachBot.Web.Tests.Browser;

/// <summary>
/// The CoachBot page in one browser context (one person's browser): opens it, types into Web Chat, finds
/// bubbles, and records console errors and every request so a test can prove the page stays on its origin.
/// </summary>
public sealed class ChatPage : IAsyncDisposable
{
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";
    private const string UserBubbles = ".webchat__bubble--from-user .webchat__bubble__content";

    private readonly IBrowserContext _context;
    private readonly Uri _origin;
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly ConcurrentQueue<string> _requests = new();

    private ChatPage(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        Page = page;
        _origin = origin;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => _consoleErrors.Enqueue(error);
        page.Request += (_, request) => _requests.Enqueue(request.Url);
    }

    public IPage Page { get; }

    public ILocator BotBubble(string text) => Page.Locator(BotBubbles).Filter(new LocatorFilterOptions { HasText = text });

    public ILocator UserBubble(string text) => Page.Locator(UserBubbles).Filter(new LocatorFilterOptions { HasText = text });

    public ILocator AnyBubble(string text) => Page.Locator(".webchat__bubble__content").Filter(new LocatorFilterOptions { HasText = text });

    public static async Task<ChatPage> OpenAsync(IBrowser browser, WebChannelHost host, int width = 1024, int height = 768)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        var page = await context.NewPageAsync();
        var chat = new ChatPage(context, page, host.BaseAddress);
        await chat.GotoAsync();
        return chat;
    }

    /// <summary>Loads the page with a fast poll, as the tests use (WEBCHAT.md §2).</summary>
    public Task GotoAsync() => Page.GotoAsync(new Uri(_origin, "/?poll=250").ToString());

    public async Task SendAsync(string text)
    {
        var input = Page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    /// <summary>What the page keeps in localStorage: user id, conversation id, token, resume ticket.</summary>
    public async Task<(string UserId, string ConversationId, string Token)> SavedSessionAsync()
    {
        var saved = await Page.EvaluateAsync<string>("() => localStorage.getItem('coachbot.webchat')");
        using var json = JsonDocument.Parse(saved);
        var root = json.RootElement;
        return (root.GetProperty("userId").GetString()!, root.GetProperty("conversationId").GetString()!, root.GetProperty("token").GetString()!);
    }

    /// <summary>A fetch from inside the page, with the page's own token, as script on the page could do.</summary>
    public Task<int> FetchStatusAsync(string path, string token) =>
        Page.EvaluateAsync<int>(
            "async ([path, token]) => (await fetch(path, { headers: { Authorization: 'Bearer ' + token } })).status",
            new[] { path, token });

    public void AssertNoConsoleErrors()
    {
        var errors = _consoleErrors.ToArray();
        Assert.True(errors.Length == 0, "The browser console reported: " + string.Join(" | ", errors));
    }

    /// <summary>Every request went to the page's own origin (or stayed inside the browser: data:, blob:).</summary>
    public void AssertOnlyOwnOriginWasContacted()
    {
        var requests = _requests.ToArray();
        Assert.NotEmpty(requests);
        Assert.All(requests, url =>
        {
            var uri = new Uri(url);
            if (uri.Scheme is "data" or "blob")
            {
                return;
            }

            Assert.Equal(_origin.GetLeftPart(UriPartial.Authority), uri.GetLeftPart(UriPartial.Authority));
        });
    }

    /// <summary>Runs a test step; on failure saves a full-page screenshot named after the test into the output folder, then rethrows.</summary>
    public async Task RunAsync(Func<Task> test)
    {
        try
        {
            await test();
        }
        catch
        {
            var name = TestContext.Current.Test?.TestDisplayName ?? "browser-test";
            var safe = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, safe + ".png"), FullPage = true });
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}

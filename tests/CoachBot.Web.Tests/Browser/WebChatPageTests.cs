using CoachBot.Testing;
using CoachBot.Web.Tests.Support;
using CoachBot.Web.Tests.WebChannel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoachBot.Web.Tests.Browser;

/// <summary>The page at / in Chromium: the official Web Chat client against the local channel and the real bot.</summary>
[Collection(BrowserTests.Name)]
public sealed class WebChatPageTests(BrowserFixture browser)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 10_000 };

    // The words come from dialogs/messages.yaml; the first line of each is enough to recognise its bubble.
    private static string Welcome => FirstLine(Words.Messages["welcome"]);

    private static string Help => FirstLine(Words.Messages["help"]);

    [Fact]
    public async Task The_page_greets_within_two_seconds_and_answers_help()
    {
        await using var host = WebChannelHost.Start();

        // A server that has been running has answered a turn before; the first turn in a fresh test
        // process spends its time compiling code, which is not what the two seconds are about.
        await host.DirectLine.StartGreetedAsync();
        await using var chat = await ChatPage.OpenAsync(browser.Browser, host, width: 480, height: 820);

        await chat.RunAsync(async () =>
        {
            await Expect(chat.BotBubble(Welcome)).ToBeVisibleAsync(new() { Timeout = 2_000 });

            await chat.SendAsync("help");
            await Expect(chat.UserBubble("help")).ToBeVisibleAsync(Soon);
            await Expect(chat.BotBubble(Help)).ToBeVisibleAsync(Soon);

            // The other side: what the channel stored is the same conversation, under the page's user.
            var (userId, conversationId, token) = await chat.SavedSessionAsync();
            var stored = await host.DirectLine.PollAsync(token, conversationId);
            var sent = Assert.Single(stored.Activities, a => a.GetProperty("from").GetProperty("role").GetString() == "user");
            Assert.Equal("help", sent.GetProperty("text").GetString());
            Assert.Equal(userId, sent.GetProperty("from").GetProperty("id").GetString());
            Assert.True(sent.GetProperty("channelData").TryGetProperty("clientActivityID", out _));
            Assert.Equal(Words.Messages["welcome"], stored.Texts[0]);
            Assert.True(stored.Texts.IndexOf("help") < stored.Texts.IndexOf(Words.Messages["help"]), string.Join(" / ", stored.Texts));

            chat.AssertNoConsoleErrors();
            chat.AssertOnlyOwnOriginWasContacted();
            await SaveDocumentationScreenshotAsync(chat.Page);
        });
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Reloading_the_page_shows_the_history_and_continues_the_conversation()
    {
        await using var host = WebChannelHost.Start();
        await using var chat = await ChatPage.OpenAsync(browser.Browser, host);

        await chat.RunAsync(async () =>
        {
            await Expect(chat.BotBubble(Welcome)).ToBeVisibleAsync(Soon);
            await chat.SendAsync("help");
            await Expect(chat.BotBubble(Help)).ToBeVisibleAsync(Soon);
            var before = await chat.SavedSessionAsync();

            await chat.Page.ReloadAsync();

            await Expect(chat.BotBubble(Help)).ToBeVisibleAsync(Soon);
            await Expect(chat.UserBubble("help")).ToBeVisibleAsync(Soon);
            await Expect(chat.BotBubble(Welcome)).ToHaveCountAsync(1);
            var after = await chat.SavedSessionAsync();
            Assert.Equal(before.UserId, after.UserId);
            Assert.Equal(before.ConversationId, after.ConversationId);

            await chat.SendAsync("help");
            await Expect(chat.BotBubble(Help)).ToHaveCountAsync(2, new() { Timeout = 10_000 });
            chat.AssertNoConsoleErrors();
            chat.AssertOnlyOwnOriginWasContacted();
        });
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_second_browser_cannot_see_the_first_ones_conversation()
    {
        await using var host = WebChannelHost.Start();
        await using var first = await ChatPage.OpenAsync(browser.Browser, host);
        await using var second = await ChatPage.OpenAsync(browser.Browser, host);

        await second.RunAsync(async () =>
        {
            await Expect(first.BotBubble(Welcome)).ToBeVisibleAsync(Soon);
            await first.SendAsync("lavender is my private word");
            await Expect(first.UserBubble("lavender is my private word")).ToBeVisibleAsync(Soon);

            await second.Page.ReloadAsync();
            await Expect(second.BotBubble(Welcome)).ToBeVisibleAsync(Soon);
            await Expect(second.AnyBubble("lavender")).ToHaveCountAsync(0);

            var mine = await first.SavedSessionAsync();
            var theirs = await second.SavedSessionAsync();
            Assert.NotEqual(mine.UserId, theirs.UserId);
            Assert.NotEqual(mine.ConversationId, theirs.ConversationId);
            first.AssertNoConsoleErrors();
            second.AssertNoConsoleErrors();
            second.AssertOnlyOwnOriginWasContacted();

            // Even script on the second page, holding its own valid token, cannot read the first conversation.
            Assert.Equal(403, await second.FetchStatusAsync($"/v3/directline/conversations/{mine.ConversationId}/activities?watermark=", theirs.Token));
        });
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Start_over_begins_a_new_conversation_for_the_same_person()
    {
        await using var host = WebChannelHost.Start();
        await using var chat = await ChatPage.OpenAsync(browser.Browser, host);

        await chat.RunAsync(async () =>
        {
            await Expect(chat.BotBubble(Welcome)).ToBeVisibleAsync(Soon);
            await chat.SendAsync("help");
            await Expect(chat.BotBubble(Help)).ToBeVisibleAsync(Soon);
            var before = await chat.SavedSessionAsync();

            await chat.Page.GetByRole(AriaRole.Button, new() { Name = "Start over" }).ClickAsync();

            await Expect(chat.BotBubble(Welcome)).ToBeVisibleAsync(Soon);
            await Expect(chat.BotBubble(Help)).ToHaveCountAsync(0);
            var after = await chat.SavedSessionAsync();
            Assert.Equal(before.UserId, after.UserId);
            Assert.NotEqual(before.ConversationId, after.ConversationId);
            chat.AssertNoConsoleErrors();
            chat.AssertOnlyOwnOriginWasContacted();
        });
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task At_phone_width_nothing_scrolls_sideways()
    {
        await using var host = WebChannelHost.Start();
        await using var chat = await ChatPage.OpenAsync(browser.Browser, host, width: 375, height: 700);

        await chat.RunAsync(async () =>
        {
            await Expect(chat.BotBubble(Welcome)).ToBeVisibleAsync(Soon);
            await chat.SendAsync("help");
            await Expect(chat.BotBubble(Help)).ToBeVisibleAsync(Soon);

            var widths = await chat.Page.EvaluateAsync<int[]>(
                "() => [window.innerWidth, document.documentElement.scrollWidth, document.body.scrollWidth]");
            Assert.Equal(375, widths[0]);
            Assert.True(widths[1] <= 375 && widths[2] <= 375, $"The page is {widths[1]}/{widths[2]} px wide at 375 px.");
            await Expect(chat.Page.GetByText("A sleep coach, not medical advice. Your diary stays on this server.")).ToBeVisibleAsync();
            await Expect(chat.Page.GetByRole(AriaRole.Button, new() { Name = "Start over" })).ToBeInViewportAsync();
            chat.AssertNoConsoleErrors();
        });
        host.AssertNoServerErrors();
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>Refreshes docs/webchat.png (shown in the README) when asked to, from a real conversation.</summary>
    private static async Task SaveDocumentationScreenshotAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable("COACHBOT_UPDATE_SCREENSHOT") != "1")
        {
            return;
        }

        var docs = Path.Combine(RepositoryRoot.Path, "docs");
        Directory.CreateDirectory(docs);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, "webchat.png") });
    }
}

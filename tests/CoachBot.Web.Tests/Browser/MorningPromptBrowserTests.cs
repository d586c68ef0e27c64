using CoachBot.Storage;
using CoachBot.Web.Tests.Support;
using CoachBot.Web.Tests.WebChannel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoachBot.Web.Tests.Browser;

/// <summary>
/// The morning prompt in the real Web Chat client: the person onboards through the page, the host's clock (fake)
/// passes their check-in time, the running scheduler sends the prompt to the local channel's Connector route, and
/// the open page shows it on its next poll.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class MorningPromptBrowserTests(BrowserFixture browser)
{
    // Ten to eight in London on a Wednesday; the person asks for an 8am check-in.
    private static readonly DateTimeOffset TenToEight = new(2026, 11, 25, 7, 50, 0, TimeSpan.Zero);
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 10_000 };

    [Fact]
    public async Task The_morning_prompt_appears_in_the_open_page_once_the_clock_passes_the_check_in_time()
    {
        var clock = new FakeTimeProvider(TenToEight);
        await using var host = WebChannelHost.Start(f => f
            .With("Prompts:Enabled", "true")
            .With("Prompts:SendsPerSecond", "0")
            .WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
        await using var chat = await ChatPage.OpenAsync(browser.Browser, host, width: 480, height: 1200);
        var words = Words.Messages;
        var prompt = words["prompts.morning.text"];

        await chat.RunAsync(async () =>
        {
            await Expect(chat.BotBubble(FirstLine(words["welcome"]))).ToBeVisibleAsync(Soon);
            await ConfirmOrTypeZoneAsync(chat);
            await Expect(chat.AnyBubble(FirstLine(words["onboarding.checkin_time.ask"]))).ToBeVisibleAsync(Soon);
            await chat.SendAsync("8am");
            await Expect(chat.AnyBubble("delete it at any time")).ToBeVisibleAsync(Soon);
            await chat.SendAsync("yes");
            await Expect(chat.AnyBubble(words["onboarding.done.with_diary"][..8])).ToBeVisibleAsync(Soon);
            await Expect(chat.BotBubble(prompt)).ToHaveCountAsync(0);

            // The scheduler sleeps on the host's clock until the next minute; eleven minutes on, it wakes past 08:00.
            clock.Advance(TimeSpan.FromMinutes(11));

            await Expect(chat.BotBubble(prompt)).ToBeVisibleAsync(Soon);
            await Expect(chat.BotBubble(prompt)).ToHaveCountAsync(1);

            // The other side: the prompt is in the page's conversation once, and recorded as today's.
            var (userId, conversationId, token) = await chat.SavedSessionAsync();
            var stored = await host.DirectLine.PollAsync(token, conversationId);
            Assert.Single(stored.Texts, text => text == prompt);
            var user = await Chat.ReadUserAsync(host.Services.GetRequiredService<IStore>(), "webchat", userId);
            Assert.Equal(new DateOnly(2026, 11, 25), user!.Prompts.LastPromptDate);

            // Its button starts the check-in, which shows as a card in Web Chat.
            var button = chat.Page.Locator(".webchat__suggested-actions__button").Filter(new LocatorFilterOptions { HasText = words["prompts.morning.button"] });
            await button.ClickAsync();
            await Expect(chat.Page.Locator(".ac-adaptiveCard").Last).ToBeVisibleAsync(Soon);
            chat.AssertNoConsoleErrors();
            chat.AssertOnlyOwnOriginWasContacted();
        });
        host.AssertNoServerErrors();
    }

    private static async Task ConfirmOrTypeZoneAsync(ChatPage chat)
    {
        // The page's browser may or may not report its zone; either question is answered the same way.
        var confirm = chat.AnyBubble("Is that right?");
        var ask = chat.AnyBubble(FirstLine(Words.Messages["onboarding.timezone.ask"]));
        await Expect(confirm.Or(ask).First).ToBeVisibleAsync(Soon);
        await chat.SendAsync(await ask.CountAsync() > 0 ? "London" : "yes");
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}

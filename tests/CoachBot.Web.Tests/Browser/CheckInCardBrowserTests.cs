using CoachBot.Web.Tests.Support;
using CoachBot.Web.Tests.WebChannel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoachBot.Web.Tests.Browser;

/// <summary>The check-in card in the real Web Chat client: rendered, filled in, submitted with a click.</summary>
[Collection(BrowserTests.Name)]
public sealed class CheckInCardBrowserTests(BrowserFixture browser)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 10_000 };

    [Fact]
    public async Task The_check_in_card_renders_and_a_click_on_save_files_the_night()
    {
        await using var host = WebChannelHost.Start();
        await using var chat = await ChatPage.OpenAsync(browser.Browser, host, width: 480, height: 1400);
        var words = Words.Messages;

        await chat.RunAsync(async () =>
        {
            await Expect(chat.BotBubble(FirstLine(words["welcome"]))).ToBeVisibleAsync(Soon);

            // Onboarding by typing, as a person would.
            await ConfirmOrTypeZoneAsync(chat);
            await Expect(chat.AnyBubble(FirstLine(words["onboarding.checkin_time.ask"]))).ToBeVisibleAsync(Soon);
            await chat.SendAsync("8am");
            await Expect(chat.AnyBubble("delete it at any time")).ToBeVisibleAsync(Soon);
            await chat.SendAsync("yes");
            await Expect(chat.AnyBubble(words["onboarding.done.with_diary"][..8])).ToBeVisibleAsync(Soon);

            await chat.SendAsync("check in");
            var card = chat.Page.Locator(".ac-adaptiveCard").Last;
            await Expect(card).ToBeVisibleAsync(Soon);

            var times = card.Locator("input[type=time]");
            await Expect(times).ToHaveCountAsync(4);
            await times.Nth(0).FillAsync("22:30");
            await times.Nth(1).FillAsync("23:00");
            await times.Nth(2).FillAsync("06:00");
            await times.Nth(3).FillAsync("06:30");
            var numbers = card.Locator("input[type=number]");
            await numbers.Nth(0).FillAsync("30");
            await numbers.Nth(1).FillAsync("2");
            await numbers.Nth(2).FillAsync("40");
            await numbers.Nth(3).FillAsync("6");
            await numbers.Nth(4).FillAsync("4");
            await card.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = words.Variants("checkin.quality.choices.fair")[0] });
            await card.GetByRole(AriaRole.Button, new() { Name = words["checkin.card.save"] }).ClickAsync();

            var expected = words.Format("checkin.summary.total_sleep", ("value", "5 h 50 min"));
            await Expect(chat.AnyBubble(expected)).ToBeVisibleAsync(Soon);
            await Expect(chat.AnyBubble(words["checkin.summary.saved"])).ToBeVisibleAsync(Soon);
            chat.AssertNoConsoleErrors();
            chat.AssertOnlyOwnOriginWasContacted();
        });
        host.AssertNoServerErrors();
    }

    private static async Task ConfirmOrTypeZoneAsync(ChatPage chat)
    {
        // The page's browser may or may not report its zone; either question is answered the same way.
        var words = Words.Messages;
        var confirm = chat.AnyBubble("Is that right?");
        var ask = chat.AnyBubble(FirstLine(words["onboarding.timezone.ask"]));
        await Expect(confirm.Or(ask).First).ToBeVisibleAsync(Soon);
        await chat.SendAsync(await ask.CountAsync() > 0 ? "London" : "yes");
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}

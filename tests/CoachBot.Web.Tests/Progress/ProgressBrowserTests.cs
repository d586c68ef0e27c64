using CoachBot.Storage;
using CoachBot.Web.Tests.Browser;
using CoachBot.Web.Tests.Support;
using CoachBot.Web.Tests.WebChannel;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoachBot.Web.Tests.Progress;

/// <summary>The charts in the real Web Chat client: sent as data: URIs, shown as images with their alt text.</summary>
[Collection(BrowserTests.Name)]
public sealed class ProgressBrowserTests(BrowserFixture browser)
{
    private static readonly Microsoft.Playwright.LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 10_000 };

    [Fact]
    public async Task Summary_shows_both_charts_as_images_in_web_chat()
    {
        await using var host = WebChannelHost.Start();
        await using var chat = await ChatPage.OpenAsync(browser.Browser, host, width: 420, height: 1600);
        var words = Words.Messages;

        await chat.RunAsync(async () =>
        {
            await Expect(chat.BotBubble(words["welcome"].Split('\n')[0])).ToBeVisibleAsync(Soon);

            // This browser's person, onboarded with sixteen nights in the diary up to yesterday.
            var (userId, _, _) = await chat.SavedSessionAsync();
            var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).DateTime);
            await ProgressDiary.SeedAsync(host.Services.GetRequiredService<IStore>(), "webchat", userId, ProgressDiary.SixteenNights(today.AddDays(-1)));
            await chat.SendAsync("cancel");
            await Expect(chat.AnyBubble(words["dialog.cancelled"].Split('.')[0])).ToBeVisibleAsync(Soon);

            await chat.SendAsync("summary");

            var sleepAlt = words["progress.chart.sleep.alt"].Split('{')[0];
            var painAlt = words["progress.chart.pain.alt"].Split('{')[0];
            var sleep = chat.Page.Locator($"img[alt^=\"{sleepAlt}\"]");
            var pain = chat.Page.Locator($"img[alt^=\"{painAlt}\"]");
            await Expect(sleep).ToBeVisibleAsync(Soon);
            await Expect(pain).ToBeVisibleAsync(Soon);
            await Expect(chat.AnyBubble("Your pattern:")).ToBeVisibleAsync(Soon);

            // Decoded by the browser at its full size, and fitted into the bubble at this phone-like width.
            Assert.Equal(600, await sleep.EvaluateAsync<int>("img => img.naturalWidth"));
            Assert.Equal(400, await pain.EvaluateAsync<int>("img => img.naturalHeight"));
            var shown = await sleep.BoundingBoxAsync();
            Assert.NotNull(shown);
            Assert.True(shown.Width is > 150 and <= 420, $"The chart is {shown.Width} px wide.");
            chat.AssertNoConsoleErrors();
            chat.AssertOnlyOwnOriginWasContacted();
        });
        host.AssertNoServerErrors();
    }
}

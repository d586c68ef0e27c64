using System.Text;
using CoachBot.Coaching.Content;
using CoachBot.Storage;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Progress;

/// <summary><c>summary</c> and <c>share summary</c> end to end: HTTP in, the real pipeline, a file store, charts drawn by ScottPlot.</summary>
public sealed class ProgressConversationTests : IDisposable
{
    // Monday 9 November 2026, 07:30 in London, before the check-in: the week is 2–8 November.
    private static readonly DateTimeOffset Morning = new(2026, 11, 9, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Sunday = new(2026, 11, 8);

    private readonly FakeTimeProvider _clock = new(Morning);
    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public ProgressConversationTests()
    {
        _factory = new CoachBotFactory()
            .With("Progress:ShareLinks:PublicBaseUrl", "https://coachbot.example/")
            .WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        _client = _factory.CreateClient();
    }

    private static MessageCatalog W => Words.Messages;

    private IStore Store => _factory.Services.GetRequiredService<IStore>();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Summary_sends_the_week_two_charts_and_the_pattern()
    {
        var chat = new Chat(_client, "conv-summary", "user-summary");
        await ProgressDiary.SeedAsync(Store, "test", chat.UserId, ProgressDiary.SixteenNights(Sunday));
        await chat.SayAsync("hello");

        await chat.SayAsync("summary");

        var replies = chat.LastReplies;
        Assert.Equal(4, replies.Count);

        // 2–8 November holds 6 nights (the 5th is blank), rated 2, 1, 5, 3, 2, 1 in date order.
        // Asleep 480 − 15 − 5·(5 − q): 450, 445, 465, 455, 450, 445 → mean 451.7 → 7 and a half hours.
        // Time in bed asleep 93.8, 92.7, 96.9, 94.8, 93.8, 92.7 → mean 94.1 → 94%. Morning pain 8 − q → median 6.
        // The week before (26 October – 1 November, the 30th blank), q 4, 3, 2, 1, 4, 3: asleep mean 454.2 → 7 and a half
        // hours, the same; 95.8, 94.8, 93.8, 92.7, 95.8, 94.8 → 94.6 → 95%; pain median 5, and 5 → 6 is about the same.
        var summary = replies[0].Text!;
        Assert.StartsWith(W.Format("progress.summary.heading", ("first", "2 November"), ("last", "8 November"), ("nights", "6")), summary, StringComparison.Ordinal);
        Assert.Contains(W.Format("progress.summary.sleep", ("value", "7 and a half hours"), ("change", W["progress.summary.change.same"])), summary, StringComparison.Ordinal);
        Assert.Contains(W.Format("progress.summary.efficiency", ("value", "94"), ("change", W.Format("progress.summary.change.was", ("value", "95%")))), summary, StringComparison.Ordinal);
        Assert.Contains(W.Format("progress.summary.pain", ("value", "6"), ("change", W.Format("progress.summary.change.pain_same", ("value", "5")))), summary, StringComparison.Ordinal);

        foreach (var chart in replies.Skip(1).Take(2))
        {
            var image = Assert.Single(chart.Attachments!);
            Assert.Equal("image/png", image.ContentType);
            Assert.False(string.IsNullOrWhiteSpace(image.Name));
            using var png = Png.FromDataUri(image.ContentUrl);
            Assert.Equal((600, 400), (png.Width, png.Height));
            Assert.True(png.InkedPixels() > 5_000);
        }

        Assert.StartsWith(W.Format("progress.chart.sleep.alt", ("first", "26 October"), ("last", "8 November"), ("nights", "12"), ("in_bed", "8 hours"), ("asleep", "7 and a half hours")), replies[1].Attachments![0].Name, StringComparison.Ordinal);
        Assert.StartsWith("Your pattern: after nights you rated better, your morning pain has tended to be lower", replies[3].Text, StringComparison.Ordinal);
        Assert.Contains("(n = 16)", replies[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_summary_in_the_test_channel_sends_the_page_itself()
    {
        var chat = new Chat(_client, "conv-share", "user-share");
        await ProgressDiary.SeedAsync(Store, "test", chat.UserId, ProgressDiary.SixteenNights(Sunday));
        await chat.SayAsync("hello");

        Assert.Equal([W["progress.share.intro"]], await chat.SayAsync("share summary"));

        var page = Assert.Single(chat.LastReplies[0].Attachments!);
        Assert.Equal("text/html", page.ContentType);
        var html = Encoding.UTF8.GetString(Convert.FromBase64String(page.ContentUrl!["data:text/html;charset=utf-8;base64,".Length..]));
        Assert.Equal(2, html.Split("<img src=\"data:image/png;base64,").Length - 1);
        Assert.Contains("rho -1.00 (n = 16)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_summary_in_teams_is_a_short_lived_link_that_only_opens_that_page()
    {
        var chat = new Chat(_client, "conv-teams", "29:teams-user", channelId: "msteams");
        await ProgressDiary.SeedAsync(Store, "msteams", chat.UserId, ProgressDiary.SixteenNights(Sunday));
        await chat.SayAsync("hello");

        var text = (await chat.SayAsync("share summary")).Single();

        var url = new Uri(text.Split(' ', '\n').Single(w => w.StartsWith("https://coachbot.example/", StringComparison.Ordinal)));
        Assert.Equal(W.Format("progress.share.link", ("url", url.AbsoluteUri), ("minutes", "30")), text);
        Assert.Null(chat.LastReplies[0].Attachments);

        using var opened = await _client.GetAsync(url.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("text/html", opened.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", opened.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", opened.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("rho", await opened.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var token = url.Segments[^1];
        var forged = (token[0] == 'A' ? 'B' : 'A') + token[1..];
        using var wrong = await _client.GetAsync("/progress/shares/" + forged, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, wrong.StatusCode);
        using var malformed = await _client.GetAsync("/progress/shares/users%2Fmsteams%2F29:teams-user", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, malformed.StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(31));
        using var expired = await _client.GetAsync(url.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task A_new_diary_hears_when_a_pattern_can_be_looked_for_and_no_pattern_is_shown()
    {
        var chat = new Chat(_client, "conv-new", "user-new");
        await ProgressDiary.SeedAsync(Store, "test", chat.UserId, [.. ProgressDiary.SixteenNights(Sunday).TakeLast(9)]);
        await chat.SayAsync("hello");

        var replies = await chat.SayAsync("progress");

        Assert.Equal(W.Format("progress.pattern.too_few", ("n", "9")), replies[^1]);
        Assert.DoesNotContain(replies, r => r.Contains("median", StringComparison.Ordinal) || r.Contains("no clear pattern", StringComparison.Ordinal));
    }
}

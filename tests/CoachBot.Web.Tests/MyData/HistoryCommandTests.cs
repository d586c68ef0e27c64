using System.Globalization;
using CoachBot.Coaching.Content;
using CoachBot.Storage;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.MyData;

/// <summary><c>history</c> through the real pipeline: the last seven nights, oldest first, "—" where there is nothing.</summary>
public sealed class HistoryCommandTests : IDisposable
{
    // 07:30 in London, Wednesday 25 November 2026.
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public HistoryCommandTests()
    {
        _factory = new CoachBotFactory().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Morning))));
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
    public async Task History_shows_the_last_seven_nights_of_ten_in_order_with_dashes_for_gaps()
    {
        var chat = new Chat(_client, "conv-history", "user-history");
        await DiarySeed.SeedAsync(Store, "test", chat.UserId, DiarySeed.TenNights());
        await chat.SayAsync("hello");

        var reply = Assert.Single(await chat.SayAsync("history"));

        var dash = W["mydata.history.missing"];
        string Row(int day, string inBed, string sleep, string pain) => W.Format(
            "mydata.history.row",
            ("date", new DateOnly(2026, 11, day).ToString(W["mydata.history.date_format"], CultureInfo.GetCultureInfo("en-GB"))),
            ("in_bed", inBed),
            ("sleep", sleep),
            ("pain", pain));
        string Pain(string night, string now) => W.Format("mydata.history.pain", ("night", night), ("now", now));
        var eight = W.Format("checkin.summary.hours", ("hours", "8"));
        var sleep = W.Format("checkin.summary.hours_minutes", ("hours", "5"), ("minutes", "50"));
        string[] expected =
        [
            W.Format("mydata.history.intro", ("count", "6")),
            W["mydata.history.header"],
            Row(19, eight, sleep, Pain("9", "2")),
            Row(20, eight, sleep, Pain("6", "4")),
            Row(21, dash, dash, dash),
            Row(22, eight, sleep, Pain("2", "5")),
            Row(23, eight, sleep, Pain(dash, "3")),
            Row(24, eight, W["mydata.history.no_sleep"], Pain("8", "7")),
            Row(25, eight, sleep, Pain("5", "8")),
        ];
        Assert.Equal(expected, reply.Split('\n'));
        Assert.DoesNotContain("18 Nov", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_on_a_channel_that_shows_cards_is_one_card_with_a_row_per_night()
    {
        var chat = new Chat(_client, "conv-history-card", "user-history-card", channelId: "webchat");
        await DiarySeed.SeedAsync(Store, "webchat", chat.UserId, DiarySeed.TenNights());
        await chat.SayAsync("hello");

        var replies = await chat.SayAsync("my history");

        Assert.Equal(W.Format("mydata.history.intro", ("count", "6")), replies[0]);
        var card = Assert.Single(chat.LastReplies[1].Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var body = card.Content!.Value.GetProperty("body");
        Assert.Equal(1 + 1 + 7, body.GetArrayLength());
        Assert.Equal(W["mydata.history.card.title"], body[0].GetProperty("text").GetString());
        var lastRow = body[8].GetProperty("columns");
        Assert.Equal(W.Format("mydata.history.pain", ("night", "5"), ("now", "8")), lastRow[3].GetProperty("items")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task History_with_no_recent_nights_says_so_kindly()
    {
        var chat = new Chat(_client, "conv-history-empty", "user-history-empty");
        await DiarySeed.SeedAsync(Store, "test", chat.UserId, [DiarySeed.Night(new DateOnly(2026, 10, 1), 3, 3)]);
        await chat.SayAsync("hello");

        Assert.Equal([W["mydata.history.empty"]], await chat.SayAsync("history"));
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.MyData;
using CoachBot.Storage;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.MyData;

/// <summary><c>export</c>: the whole diary as CSV and JSON, attached where the channel takes files, behind single-use links elsewhere.</summary>
public sealed partial class ExportCommandTests : IDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Morning);
    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public ExportCommandTests()
    {
        _factory = new CoachBotFactory().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        _client = _factory.CreateClient();
    }

    private static MessageCatalog W => Words.Messages;

    private IStore Store => _factory.Services.GetRequiredService<IStore>();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [GeneratedRegex(@"https?://\S+?/api/export/[A-Za-z0-9_-]{43}")]
    private static partial Regex ExportLink();

    [Fact]
    public async Task Export_on_web_chat_attaches_the_whole_diary_as_csv_and_json()
    {
        var chat = new Chat(_client, "conv-export", "user-export", channelId: "webchat");
        await DiarySeed.SeedAsync(Store, "webchat", chat.UserId, DiarySeed.TenNights());
        await chat.SayAsync("hello");

        var replies = await chat.SayAsync("export");

        Assert.Equal([W.Format("mydata.export.attached", ("count", "10"))], replies);
        var attachments = chat.LastReplies[0].Attachments!;
        Assert.Equal(["text/csv", "application/json"], attachments.Select(a => a.ContentType));
        Assert.Equal(["coachbot-diary.csv", "coachbot-diary.json"], attachments.Select(a => a.Name));
        AssertCsvHoldsTheTenNights(DataUri(attachments[0].ContentUrl!, "text/csv"));
        AssertJsonHoldsTheTenNights(DataUri(attachments[1].ContentUrl!, "application/json"));
    }

    [Fact]
    public async Task Export_elsewhere_gives_links_that_work_once_and_expire_within_minutes()
    {
        var chat = new Chat(_client, "conv-export-link", "user-export-link");
        await DiarySeed.SeedAsync(Store, "test", chat.UserId, DiarySeed.TenNights());
        await chat.SayAsync("hello");

        var reply = Assert.Single(await chat.SayAsync("export my data"));
        var links = ExportLink().Matches(reply).Select(m => new Uri(m.Value)).ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(W.Format("mydata.export.links", ("count", "10"), ("minutes", "10"), ("csv", links[0].AbsoluteUri), ("json", links[1].AbsoluteUri)), reply);

        using (var csv = await _client.GetAsync(links[0].PathAndQuery, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            Assert.Contains("no-store", csv.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.Equal("coachbot-diary.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);
            AssertCsvHoldsTheTenNights(await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }

        using (var again = await _client.GetAsync(links[0].PathAndQuery, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }

        _clock.Advance(TimeSpan.FromMinutes(11));
        using (var late = await _client.GetAsync(links[1].PathAndQuery, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        }

        using var guessed = await _client.GetAsync("/api/export/" + new string('A', 43), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task An_unused_json_link_serves_the_diary_as_json()
    {
        var chat = new Chat(_client, "conv-export-json", "user-export-json");
        await DiarySeed.SeedAsync(Store, "test", chat.UserId, DiarySeed.TenNights());
        await chat.SayAsync("hello");

        var reply = Assert.Single(await chat.SayAsync("export"));
        var json = new Uri(ExportLink().Matches(reply)[1].Value);

        using var response = await _client.GetAsync(json.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        AssertJsonHoldsTheTenNights(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Export_of_an_empty_diary_says_there_is_nothing_yet()
    {
        var chat = new Chat(_client, "conv-export-empty", "user-export-empty");
        await DiarySeed.SeedAsync(Store, "test", chat.UserId, []);
        await chat.SayAsync("hello");

        Assert.Equal([W["mydata.export.empty"]], await chat.SayAsync("export"));
    }

    private static byte[] DataUri(string uri, string contentType)
    {
        var prefix = $"data:{contentType};base64,";
        Assert.StartsWith(prefix, uri, StringComparison.Ordinal);
        return Convert.FromBase64String(uri[prefix.Length..]);
    }

    private static void AssertCsvHoldsTheTenNights(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.Equal(string.Join(',', DiaryExport.Columns), lines[0]);
        Assert.Equal("2026-11-15,Europe/London,22:30,23:00,30,2,40,06:00,06:30,false,3,5,8,07:30,,,,480,350,72.9", lines[1]);
        Assert.Equal("2026-11-20,Europe/London,22:30,23:00,30,2,40,06:00,06:30,false,3,6,4,07:30,,,\"woke at 3, \"\"sore\"\" hip\",480,350,72.9", lines[6]);
        Assert.Equal("2026-11-23,Europe/London,22:30,23:00,30,2,40,06:00,06:30,false,3,,3,07:30,,,,480,350,72.9", lines[8]);
        Assert.Equal("2026-11-24,Europe/London,22:30,23:00,,,,,06:30,true,3,8,7,07:30,,,,480,0,0.0", lines[9]);
        Assert.StartsWith("2026-11-25,", lines[10], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("2026-11-21", StringComparison.Ordinal));
    }

    private static void AssertJsonHoldsTheTenNights(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var nights = document.RootElement.GetProperty("nights");
        Assert.Equal(10, nights.GetArrayLength());
        Assert.Equal(Morning, document.RootElement.GetProperty("exportedAt").GetDateTimeOffset());
        var first = nights[0];
        Assert.Equal("2026-11-15", first.GetProperty("night").GetProperty("diaryDate").GetString());
        Assert.Equal("22:30:00", first.GetProperty("night").GetProperty("bedTime").GetString());
        Assert.Equal(5, first.GetProperty("night").GetProperty("painNight").GetInt32());
        Assert.Equal(480, first.GetProperty("timeInBedMinutes").GetInt32());
        Assert.Equal(350, first.GetProperty("totalSleepMinutes").GetInt32());
        Assert.Equal("woke at 3, \"sore\" hip", nights[5].GetProperty("night").GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, nights[7].GetProperty("night").GetProperty("painNight").ValueKind);
        Assert.True(nights[8].GetProperty("night").GetProperty("didNotSleep").GetBoolean());
        Assert.Equal(
            ["2026-11-15", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25"],
            nights.EnumerateArray().Select(n => n.GetProperty("night").GetProperty("diaryDate").GetString()));
    }
}

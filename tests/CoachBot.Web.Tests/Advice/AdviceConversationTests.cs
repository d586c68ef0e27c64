using System.Text.Json;
using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Diary;
using CoachBot.Coaching.State;
using CoachBot.Storage;
using CoachBot.Testing.Tone;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Advice;

/// <summary>Check-ins over HTTP that end with advice chosen from the diary, read as transcripts.</summary>
public sealed class AdviceConversationTests : IDisposable
{
    // 07:30 in London on a Wednesday morning.
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Morning.Date);
    private static readonly Lazy<AdviceLibrary> AdviceWords = new(() => AdviceLibrary.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")));

    private readonly FakeTimeProvider _clock = new(Morning);
    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public AdviceConversationTests()
    {
        _factory = new CoachBotFactory().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        _client = _factory.CreateClient();
    }

    private static AdviceLibrary Library => AdviceWords.Value;

    private IStore Store => _factory.Services.GetRequiredService<IStore>();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_rough_night_with_a_flare_gets_the_not_ruined_reframe_and_the_usual_get_up_time_with_the_reason_recorded()
    {
        var chat = await OnboardedChatAsync("flare");

        // In bed 23:00, 40 min to fall asleep, 30 awake, up at 05:30 (5 h 20 min asleep), rated poor, pain 8 in the night.
        var end = await CheckInAsync(chat, "11pm", "same", "40 min", "twice", "30 min", "5:30", "same", "poor", "8", "7");

        var advice = end[^1];
        Assert.StartsWith(Library["flare.not_ruined"].Phrasings[0].Replace("{pain_night}", "8", StringComparison.Ordinal), advice, StringComparison.Ordinal);
        Assert.Contains("isn't ruined", advice, StringComparison.Ordinal);
        Assert.Contains(Library["rough.usual_rise"].Phrasings[0], advice, StringComparison.Ordinal);
        Assert.Contains(advice.Split("\n\n")[^1], Library.Closings);

        var user = await Chat.ReadUserAsync(Store, "test", chat.UserId);
        Assert.Equal(
            [new AdviceGiven("flare.not_ruined", 0, Today, "flare", "pain_night 8 >= 7"), new AdviceGiven("rough.usual_rise", 0, Today, "rough_night", "total sleep 320 min < 360; quality 2 <= 2")],
            user!.RecentAdvice);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    [Fact]
    public async Task A_good_night_gets_one_affirmation_of_the_steady_get_up_time()
    {
        var chat = await OnboardedChatAsync("good");
        await SeedDiaryAsync(chat, [.. Enumerable.Range(1, 4).Select(d => Night(d, painNight: 2))]);

        var end = await CheckInAsync(chat, "11pm", "same", "15 min", "none", "7am", "same", "good", "2", "2");

        Assert.Equal(Library["good.steady_rise"].Phrasings[0].Replace("{steady}", "5", StringComparison.Ordinal).Replace("{of}", "5", StringComparison.Ordinal), end[^1]);
        var given = Assert.Single((await Chat.ReadUserAsync(Store, "test", chat.UserId))!.RecentAdvice);
        Assert.Equal(("good.steady_rise", "good_night"), (given.ItemId, given.Pattern));
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    [Fact]
    public async Task Three_rough_nights_in_a_row_with_high_pain_suggest_a_physiotherapist()
    {
        var chat = await OnboardedChatAsync("physio");
        await SeedDiaryAsync(chat, [Night(2, up: "05:30", quality: 2, painNight: 7), Night(1, up: "05:45", quality: 2, painNight: 7)]);

        var end = await CheckInAsync(chat, "11pm", "same", "40 min", "twice", "30 min", "5:30", "same", "poor", "6", "6");

        var advice = end[^1];
        Assert.StartsWith(Library["high_pain.physio"].Phrasings[0].Replace("{nights}", "3", StringComparison.Ordinal).Replace("{of}", "4", StringComparison.Ordinal), advice, StringComparison.Ordinal);
        Assert.Contains("physiotherapist", advice, StringComparison.Ordinal);
        var user = await Chat.ReadUserAsync(Store, "test", chat.UserId);
        Assert.Equal("high_pain_several_nights", user!.RecentAdvice[0].Pattern);
        Assert.Equal("pain_night >= 6 on 3 of the last 4 nights", user.RecentAdvice[0].Reason);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    [Fact]
    public async Task Advice_given_yesterday_is_not_given_again_today()
    {
        var chat = await OnboardedChatAsync("repeat");
        var first = (await CheckInAsync(chat, "11pm", "same", "40 min", "twice", "30 min", "5:30", "same", "poor", "4", "4"))[^1];

        _clock.Advance(TimeSpan.FromDays(1));
        var second = (await CheckInAsync(chat, "11pm", "same", "40 min", "twice", "30 min", "5:30", "same", "poor", "4", "4"))[^1];

        var user = await Chat.ReadUserAsync(Store, "test", chat.UserId);
        var byDay = user!.RecentAdvice.GroupBy(g => g.On).Select(g => g.Select(a => a.ItemId).ToList()).ToList();
        Assert.Equal(2, byDay.Count);
        Assert.Empty(byDay[0].Intersect(byDay[1]));
        Assert.NotEqual(first, second);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    private async Task<Chat> OnboardedChatAsync(string name)
    {
        var chat = new Chat(_client, "conv-advice-" + name, "user-advice-" + name);
        await Chat.SeedOnboardedUserAsync(Store, "test", chat.UserId);
        await chat.SayAsync("hello");
        return chat;
    }

    /// <summary>Starts a check-in, gives the answers in order, declines the note, and returns the last turn's replies.</summary>
    private static async Task<IReadOnlyList<string>> CheckInAsync(Chat chat, params string[] answers)
    {
        await chat.SayAsync("check in");
        foreach (var answer in answers)
        {
            await chat.SayAsync(answer);
        }

        return await chat.SayAsync("no");
    }

    private static IEnumerable<string> Replies(Chat chat) => chat.Transcript.Where(line => !line.StartsWith("> ", StringComparison.Ordinal));

    /// <summary>A night filed <paramref name="daysAgo"/> days before today: in bed at 23:00, 15 minutes to fall asleep, no wakings.</summary>
    private static DiaryEntry Night(int daysAgo, string up = "07:00", int quality = 4, int painNight = 3) => new()
    {
        DiaryDate = Today.AddDays(-daysAgo),
        TimeZoneId = "Europe/London",
        BedTime = new TimeOnly(23, 0),
        TryTime = new TimeOnly(23, 0),
        SolMinutes = 15,
        Wakings = 0,
        WasoMinutes = 0,
        FinalWake = TimeOnly.Parse(up, System.Globalization.CultureInfo.InvariantCulture),
        OutOfBed = TimeOnly.Parse(up, System.Globalization.CultureInfo.InvariantCulture),
        Quality = quality,
        PainNight = painNight,
        PainNow = painNight,
    };

    /// <summary>Adds earlier nights to the person's stored diary, as earlier check-ins would have.</summary>
    private async Task SeedDiaryAsync(Chat chat, IEnumerable<DiaryEntry> nights)
    {
        var user = (await Chat.ReadUserAsync(Store, "test", chat.UserId))!;
        user.Diary.AddRange(nights.OrderBy(n => n.DiaryDate));
        var data = JsonSerializer.SerializeToUtf8Bytes(user, CoachingJson.Default.UserData);
        byte[] document = [.. "{\"data\":"u8, .. data, (byte)'}'];
        await Store.WriteAsync($"users/test/{chat.UserId}", document, WriteCondition.Any, TestContext.Current.CancellationToken);
    }
}

using System.Globalization;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Connector;
using CoachBot.Storage;
using CoachBot.Testing.Tone;
using CoachBot.Web.Scheduling;
using CoachBot.Web.Tests.Scheduling;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Feedback;

/// <summary>
/// A missed day is blank, never chased (COACHING.md §2, §5 "Skipped"): the next check-in is the usual one, the
/// morning prompt the usual words, and "not today" or "skip today" store nothing. The scheduler and the
/// conversation run through the whole host on a fake clock.
/// </summary>
public sealed class SkippedCheckInTests : IDisposable
{
    // 07:00 in London on a Wednesday; the seeded check-in time is 08:00.
    private static readonly DateTimeOffset Seven = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Eight = Seven.AddHours(1);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Seven.Date);

    // Words that would chase a missed day or count days in a row.
    private static readonly string[] Chasing = ["missed", "yesterday", "streak", "in a row"];

    private readonly FakeTimeProvider _clock = new(Seven);
    private readonly RecordingConnector _connector;
    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public SkippedCheckInTests()
    {
        _connector = new RecordingConnector(_clock);
        _factory = new CoachBotFactory()
            .With("Prompts:Enabled", "false")
            .With("Prompts:SendsPerSecond", "0")
            .WithServices(s =>
            {
                s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));
                s.Replace(ServiceDescriptor.Singleton<IConnectorClient>(_connector));
            });
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
    public async Task After_a_day_with_no_check_in_the_next_one_is_the_usual_check_in_and_never_mentions_the_gap()
    {
        var chat = await KnownChatAsync("gap");
        await TickAtAsync(Eight);
        _clock.SetUtcNow(Eight.AddMinutes(5));
        var dayOne = await CheckInAsync(chat);

        // Day two: the prompt comes, and nothing is said back.
        await TickAtAsync(Eight.AddDays(1));

        await TickAtAsync(Eight.AddDays(2));
        _clock.SetUtcNow(Eight.AddDays(2).AddMinutes(5));
        var dayThree = await CheckInAsync(chat);

        Assert.Equal([W["checkin.intro"], W["checkin.bed_time.ask"]], dayOne[0]);
        Assert.Equal(dayOne[0], dayThree[0]);
        Assert.Equal(dayOne.Skip(1).SkipLast(1), dayThree.Skip(1).SkipLast(1));
        var prompts = _connector.Sent.Select(s => s.Activity.Text ?? string.Empty).ToList();
        Assert.Equal([W["prompts.morning.text"], W["prompts.morning.text"], W["prompts.morning.text"]], prompts);

        var saidOnDayOne = dayOne.SelectMany(r => r).ToHashSet(StringComparer.Ordinal);
        foreach (var reply in dayThree.SelectMany(r => r).Concat(prompts))
        {
            Assert.All(Chasing, word => Assert.DoesNotContain(word, reply, StringComparison.OrdinalIgnoreCase));

            // "again" is allowed only in the fixed lines every check-in ends with ("check in again today to change it").
            Assert.True(saidOnDayOne.Contains(reply) || !reply.Contains("again", StringComparison.OrdinalIgnoreCase), reply);
        }

        var user = await UserAsync(chat);
        Assert.Equal([Today, Today.AddDays(2)], user.Diary.Select(n => n.DiaryDate));
        ToneAssert.FollowsToneRules(Replies(chat).Concat(prompts));
    }

    [Fact]
    public async Task Not_today_to_the_morning_prompt_gets_a_kind_reply_stores_nothing_and_the_prompt_waits_for_tomorrow()
    {
        var chat = await KnownChatAsync("not-today");
        await TickAtAsync(Eight);
        Assert.Equal(W["prompts.morning.text"], Assert.Single(_connector.Sent).Activity.Text);

        _clock.SetUtcNow(Eight.AddMinutes(5));
        Assert.Equal([W.Format("prompts.snoozed_until_tomorrow", ("time", Time(8)))], await chat.SayAsync("not today"));
        await TickAtAsync(Eight.AddHours(2));
        await TickAtAsync(Eight.AddHours(12));
        Assert.Single(_connector.Sent);

        await TickAtAsync(Eight.AddDays(1));
        Assert.Equal([W["prompts.morning.text"], W["prompts.morning.text"]], _connector.Sent.Select(s => s.Activity.Text));
        Assert.Empty((await UserAsync(chat)).Diary);
        ToneAssert.FollowsToneRules(Replies(chat).Concat(_connector.Sent.Select(s => s.Activity.Text)));
    }

    [Theory]
    [InlineData("skip today")]
    [InlineData("Not today.")]
    public async Task Leaving_today_blank_as_the_first_answer_of_a_check_in_ends_it_kindly_and_stores_nothing(string text)
    {
        var chat = await KnownChatAsync("skip");
        _clock.SetUtcNow(Seven.AddMinutes(30));
        Assert.Equal([W["checkin.intro"], W["checkin.bed_time.ask"]], await chat.SayAsync("check in"));

        Assert.Equal([W["feedback.skip_today"]], await chat.SayAsync(text));
        Assert.Equal([W[MessageIds.NotUnderstood]], await chat.SayAsync("11pm"));
        await TickAtAsync(Eight);
        Assert.Empty(_connector.Sent);

        await TickAtAsync(Eight.AddDays(1));
        Assert.Single(_connector.Sent);
        Assert.Empty((await UserAsync(chat)).Diary);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    [Fact]
    public async Task Skip_today_in_answer_to_the_morning_prompt_gets_the_same_kind_reply()
    {
        var chat = await KnownChatAsync("skip-prompt");
        await TickAtAsync(Eight);

        _clock.SetUtcNow(Eight.AddMinutes(5));
        Assert.Equal([W["feedback.skip_today"]], await chat.SayAsync("skip today"));
        await TickAtAsync(Eight.AddHours(2));

        Assert.Single(_connector.Sent);
        Assert.Empty((await UserAsync(chat)).Diary);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    /// <summary>An onboarded person (08:00, London, diary on) who has just said hello, so their conversation is known.</summary>
    private async Task<Chat> KnownChatAsync(string name)
    {
        var chat = new Chat(_client, "conv-skipped-" + name, "user-skipped-" + name);
        await Chat.SeedOnboardedUserAsync(Store, "test", chat.UserId);
        await chat.SayAsync("hello");
        return chat;
    }

    /// <summary>An ordinary night, one answer a turn; returns every turn's replies, "check in" first.</summary>
    private static async Task<List<IReadOnlyList<string>>> CheckInAsync(Chat chat)
    {
        var turns = new List<IReadOnlyList<string>>();
        foreach (var text in new[] { "check in", "11pm", "same", "20 min", "once", "15 min", "6:45", "same", "fair", "4", "3", "no" })
        {
            turns.Add(await chat.SayAsync(text));
        }

        return turns;
    }

    private async Task TickAtAsync(DateTimeOffset at)
    {
        _clock.SetUtcNow(at);
        await _factory.Services.GetRequiredService<PromptTick>().RunAsync(at, TestContext.Current.CancellationToken);
    }

    private async Task<UserData> UserAsync(Chat chat) => (await Chat.ReadUserAsync(Store, "test", chat.UserId))!;

    private static string Time(int hour) => new TimeOnly(hour, 0).ToString("t", CultureInfo.GetCultureInfo("en-GB"));

    private static IEnumerable<string> Replies(Chat chat) => chat.Transcript.Where(line => !line.StartsWith("> ", StringComparison.Ordinal));
}

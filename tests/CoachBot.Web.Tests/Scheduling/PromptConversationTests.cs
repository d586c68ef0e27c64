using System.Globalization;
using System.Net;
using CoachBot.Coaching.Content;
using CoachBot.Protocol.Connector;
using CoachBot.Storage;
using CoachBot.Web.Scheduling;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>
/// The morning prompt through the whole host: turns change the schedule at once (through the turn observer),
/// the scheduler sends, and the person's commands read as transcripts.
/// </summary>
public sealed class PromptConversationTests : IDisposable
{
    // 07:00 in London on a Wednesday; the seeded check-in time is 08:00.
    private static readonly DateTimeOffset Seven = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Eight = Seven.AddHours(1);

    private readonly FakeTimeProvider _clock = new(Seven);
    private readonly RecordingConnector _connector;
    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public PromptConversationTests()
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
    public async Task The_morning_prompt_arrives_on_time_and_its_button_starts_the_check_in()
    {
        var chat = await KnownChatAsync("ivy");

        await TickAtAsync(Eight.AddMinutes(-1));
        Assert.Empty(_connector.Sent);
        await TickAtAsync(Eight);

        var prompt = Assert.Single(_connector.Sent);
        Assert.Equal(Eight, prompt.At);
        Assert.Equal(chat.ConversationId, prompt.ConversationId);
        Assert.Equal(W["prompts.morning.text"], prompt.Activity.Text);
        Assert.Equal(chat.UserId, prompt.Activity.Recipient!.Id);
        var button = Assert.Single(prompt.Activity.SuggestedActions!.Actions!);
        Assert.Equal([W["checkin.intro"], W["checkin.bed_time.ask"]], await chat.SayAsync(button.Value!.Value.GetString()!));
    }

    [Fact]
    public async Task The_weekly_summary_comes_with_the_prompt_on_the_chosen_day_only()
    {
        var chat = await KnownChatAsync("wes");
        await chat.SayAsync("check in");
        foreach (var answer in new[] { "11pm", "same", "20 min", "none", "6:45", "same", "good", "3", "2", "no" })
        {
            await chat.SayAsync(answer);
        }

        await chat.SayAsync("settings");
        await chat.SayAsync("summary day");
        Assert.Equal(W.Format("settings.changed.summary_day", ("day", W.Variants("settings.summary_day.choices.thursday")[0])), (await chat.SayAsync("thursday"))[0]);
        await chat.SayAsync("done");

        await TickAtAsync(Eight);
        Assert.Equal([W["prompts.morning.text"]], _connector.Sent.Select(s => s.Activity.Text));

        await TickAtAsync(Eight.AddDays(1));
        var thursday = _connector.Sent.Skip(1).Select(s => s.Activity.Text!).ToArray();
        Assert.Equal(2, thursday.Length);
        Assert.Equal(W["prompts.morning.text"], thursday[0]);
        var user = await Chat.ReadUserAsync(Store, "test", chat.UserId);
        Assert.Equal(
            CoachBot.Coaching.Progress.WeeklySummary.Compose(user!.Diary, new DateOnly(2026, 11, 25), W, CultureInfo.GetCultureInfo("en-GB")),
            thursday[1]);
        CoachBot.Testing.Tone.ToneAssert.FollowsToneRules(thursday);

        await TickAtAsync(Eight.AddDays(2));
        Assert.Equal(W["prompts.morning.text"], Assert.Single(_connector.Sent.Skip(3)).Activity.Text);
    }

    [Fact]
    public async Task Pause_stops_the_prompts_until_resume()
    {
        var chat = await KnownChatAsync("jon");

        Assert.Equal([W["prompts.paused"]], await chat.SayAsync("pause"));
        await TickAtAsync(Eight);
        await TickAtAsync(Eight.AddDays(1));
        Assert.Empty(_connector.Sent);

        _clock.SetUtcNow(Eight.AddDays(1).AddHours(2));
        Assert.Equal([W.Format("prompts.resumed", ("time", Time(8)))], await chat.SayAsync("resume"));
        await TickAtAsync(Eight.AddDays(2));

        Assert.Equal(Eight.AddDays(2), Assert.Single(_connector.Sent).At);
    }

    [Fact]
    public async Task Snoozed_prompt_comes_back_after_the_snooze()
    {
        var chat = await KnownChatAsync("kim");
        await TickAtAsync(Eight);

        _clock.SetUtcNow(Eight.AddMinutes(10));
        Assert.Equal([W["prompts.snoozed"]], await chat.SayAsync("snooze"));
        await TickAtAsync(Eight.AddMinutes(69));
        Assert.Single(_connector.Sent);
        await TickAtAsync(Eight.AddMinutes(70));

        Assert.Equal([Eight, Eight.AddMinutes(70)], _connector.Sent.Select(s => s.At));
        Assert.All(_connector.Sent, s => Assert.Equal(W["prompts.morning.text"], s.Activity.Text));
    }

    [Fact]
    public async Task Snooze_until_tomorrow_skips_today()
    {
        var chat = await KnownChatAsync("lea");

        Assert.Equal([W.Format("prompts.snoozed_until_tomorrow", ("time", Time(8)))], await chat.SayAsync("snooze until tomorrow"));
        await TickAtAsync(Eight);
        Assert.Empty(_connector.Sent);
        await TickAtAsync(Eight.AddDays(1));

        Assert.Equal(Eight.AddDays(1), Assert.Single(_connector.Sent).At);
    }

    [Fact]
    public async Task Stop_inside_a_check_in_cancels_it_and_outside_one_stops_the_prompts()
    {
        var chat = await KnownChatAsync("max");
        await chat.SayAsync("check in");

        Assert.Equal([W["dialog.cancelled"]], await chat.SayAsync("stop"));
        await TickAtAsync(Eight);
        Assert.Single(_connector.Sent);

        Assert.Equal([W["prompts.stopped"]], await chat.SayAsync("stop"));
        await TickAtAsync(Eight.AddDays(1));
        Assert.Single(_connector.Sent);
    }

    [Fact]
    public async Task Pause_in_the_middle_of_a_check_in_asks_the_same_question_again()
    {
        var chat = await KnownChatAsync("ned");
        await chat.SayAsync("check in");

        Assert.Equal([W["prompts.paused"], W["checkin.bed_time.ask"]], await chat.SayAsync("pause"));
        await TickAtAsync(Eight);

        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task A_new_check_in_time_from_settings_moves_the_next_prompt()
    {
        var chat = await KnownChatAsync("ola");

        await chat.SayAsync("settings");
        await chat.SayAsync("check-in time");
        await chat.SayAsync("9am");
        await chat.SayAsync("done");
        await TickAtAsync(Eight);
        Assert.Empty(_connector.Sent);
        await TickAtAsync(Eight.AddHours(1));

        Assert.Equal(Eight.AddHours(1), Assert.Single(_connector.Sent).At);
        Assert.Equal(new TimeOnly(9, 0), (await Chat.ReadUserAsync(Store, "test", chat.UserId))!.Profile.CheckInTime);
    }

    [Fact]
    public async Task Someone_who_blocked_the_bot_is_not_prompted_until_they_write_again()
    {
        var chat = await KnownChatAsync("pat");
        _connector.Refuse = _ => (HttpStatusCode.Forbidden, "MessageWritesBlocked");
        await TickAtAsync(Eight);
        _connector.Refuse = null;
        await TickAtAsync(Eight.AddDays(1));
        Assert.Empty(_connector.Sent);
        Assert.True((await Chat.ReadUserAsync(Store, "test", chat.UserId))!.Prompts.Inactive);

        _clock.SetUtcNow(Eight.AddDays(1).AddHours(3));
        await chat.SayAsync("hello again");
        await TickAtAsync(Eight.AddDays(2));

        Assert.Equal(Eight.AddDays(2), Assert.Single(_connector.Sent).At);
    }

    /// <summary>An onboarded person (08:00, London, diary on) who has just said hello, so their conversation is known.</summary>
    private async Task<Chat> KnownChatAsync(string name)
    {
        var chat = new Chat(_client, "conv-" + name, "user-" + name);
        await Chat.SeedOnboardedUserAsync(Store, "test", chat.UserId);
        await chat.SayAsync("hello");
        return chat;
    }

    private async Task TickAtAsync(DateTimeOffset at)
    {
        _clock.SetUtcNow(at);
        await _factory.Services.GetRequiredService<PromptTick>().RunAsync(at, TestContext.Current.CancellationToken);
    }

    private static string Time(int hour) => new TimeOnly(hour, 0).ToString("t", CultureInfo.GetCultureInfo("en-GB"));
}

using CoachBot.Coaching.Content;
using CoachBot.Storage;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.CheckIn;

/// <summary>Scripted check-ins through the real pipeline (HTTP, file store), read as transcripts.</summary>
public sealed class CheckInConversationTests : IDisposable
{
    // 07:30 in London on a Wednesday morning.
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Morning);
    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public CheckInConversationTests()
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

    private async Task<Chat> OnboardedChatAsync(string name, string channelId = "test")
    {
        var chat = new Chat(_client, "conv-" + name, "user-" + name, channelId);
        await Chat.SeedOnboardedUserAsync(Store, channelId, chat.UserId);
        await chat.SayAsync("hello");
        return chat;
    }

    [Fact]
    public async Task A_full_text_check_in_takes_twelve_turns_and_sums_up_the_night_correctly()
    {
        var chat = await OnboardedChatAsync("full");

        Assert.Equal([W["checkin.intro"], W["checkin.bed_time.ask"]], await chat.SayAsync("check in"));
        Assert.Equal([W["checkin.try_time.ask"]], await chat.SayAsync("10:30pm"));
        Assert.Equal([W["checkin.sol.ask"]], await chat.SayAsync("11"));
        Assert.Equal([W["checkin.wakings.ask"]], await chat.SayAsync("half an hour"));
        Assert.Equal([W["checkin.waso.ask"]], await chat.SayAsync("twice"));
        Assert.Equal([W["checkin.final_wake.ask"]], await chat.SayAsync("40 min"));
        Assert.Equal([W["checkin.out_of_bed.ask"]], await chat.SayAsync("6am"));
        Assert.Equal([W["checkin.quality.ask"]], await chat.SayAsync("6:30"));
        Assert.Equal([W["checkin.pain_night.ask"]], await chat.SayAsync("fair"));
        Assert.Equal([W["checkin.pain_now.ask"]], await chat.SayAsync("6/10"));
        Assert.Equal([W["checkin.note.ask"]], await chat.SayAsync("about a 4"));
        var end = await chat.SayAsync("no");

        // Bed 22:30, trying 23:00, 30 min to fall asleep, 40 min awake, final 06:00, up 06:30 (COACHING.md §3).
        var summary = end[0];
        Assert.Contains(W.Format("checkin.summary.time_in_bed", ("value", "8 h")), summary, StringComparison.Ordinal);
        Assert.Contains(W.Format("checkin.summary.total_sleep", ("value", "5 h 50 min")), summary, StringComparison.Ordinal);
        Assert.Contains(W.Format("checkin.summary.efficiency", ("value", "73")), summary, StringComparison.Ordinal);
        Assert.Contains(W.Format("checkin.summary.sol", ("value", "30 min")), summary, StringComparison.Ordinal);
        Assert.Contains(W.Format("checkin.summary.waso", ("value", "40 min")), summary, StringComparison.Ordinal);
        Assert.Contains(W.Format("checkin.summary.pain", ("night", "6"), ("now", "4")), summary, StringComparison.Ordinal);
        Assert.Equal(W["checkin.summary.saved"], end[1]);
        Assert.True(end.Count >= 3, "the summary hands over to the advice step");

        var user = await Chat.ReadUserAsync(Store, "test", chat.UserId);
        var night = Assert.Single(user!.Diary);
        Assert.Equal(new DateOnly(2026, 11, 25), night.DiaryDate);
        Assert.Equal(new TimeOnly(22, 30), night.BedTime);
        Assert.Equal(new TimeOnly(23, 0), night.TryTime);
        Assert.Equal(30, night.SolMinutes);
        Assert.Equal(2, night.Wakings);
        Assert.Equal(40, night.WasoMinutes);
        Assert.Equal(3, night.Quality);
        Assert.Equal(6, night.PainNight);
        Assert.Equal(4, night.PainNow);
        Assert.Null(night.Note);
    }

    [Fact]
    public async Task Skipping_everything_stores_nothing_and_says_that_is_fine()
    {
        var chat = await OnboardedChatAsync("skipper");
        await chat.SayAsync("check in");

        var turns = 0;
        IReadOnlyList<string> replies;
        do
        {
            replies = await chat.SayAsync("skip");
            turns++;
        }
        while (replies.Count > 0 && replies[0] != W["checkin.summary.nothing"] && turns < 15);

        Assert.Equal([W["checkin.summary.nothing"]], replies);
        Assert.Equal(11, turns);
        var user = await Chat.ReadUserAsync(Store, "test", chat.UserId);
        Assert.Empty(user!.Diary);
    }

    [Fact]
    public async Task Back_changes_the_previous_answer()
    {
        var chat = await OnboardedChatAsync("back");
        await chat.SayAsync("check in");
        await chat.SayAsync("11pm");

        Assert.Equal([W["checkin.bed_time.ask"]], await chat.SayAsync("back"));
        Assert.Equal([W["checkin.try_time.ask"]], await chat.SayAsync("10pm"));
        Assert.Equal([W["checkin.sol.ask"]], await chat.SayAsync("same"));
        await FinishFromSolAsync(chat);

        var night = Assert.Single((await Chat.ReadUserAsync(Store, "test", chat.UserId))!.Diary);
        Assert.Equal(new TimeOnly(22, 0), night.BedTime);
        Assert.Equal(new TimeOnly(22, 0), night.TryTime);
    }

    [Fact]
    public async Task Cancelling_halfway_keeps_nothing_and_check_in_starts_again_from_the_top()
    {
        var chat = await OnboardedChatAsync("cancel");
        await chat.SayAsync("check in");
        await chat.SayAsync("11pm");

        Assert.Equal([W[MessageIds.Cancelled]], await chat.SayAsync("cancel"));
        Assert.Equal([W["checkin.intro"], W["checkin.bed_time.ask"]], await chat.SayAsync("check in"));
        Assert.Empty((await Chat.ReadUserAsync(Store, "test", chat.UserId))!.Diary);
    }

    [Fact]
    public async Task An_unreadable_answer_gets_a_short_example_and_a_second_miss_moves_on()
    {
        var chat = await OnboardedChatAsync("messy");
        await chat.SayAsync("check in");

        Assert.Equal([W["checkin.bed_time.retry"]], await chat.SayAsync("🤷"));
        Assert.Equal([W["checkin.bed_time.retry"]], await chat.SayAsync("after the film"));
        Assert.Equal([W["checkin.bed_time.give_up"], W["checkin.try_time.ask"]], await chat.SayAsync("whenever"));
    }

    [Fact]
    public async Task Pain_in_words_is_asked_for_as_a_number_once_kindly()
    {
        var chat = await OnboardedChatAsync("pain");
        await chat.SayAsync("check in");
        foreach (var answer in new[] { "11pm", "same", "20 min", "none", "7am", "same", "good" })
        {
            await chat.SayAsync(answer);
        }

        Assert.Equal([W["checkin.pain_night.descriptive"]], await chat.SayAsync("really bad"));
        Assert.Equal([W["checkin.pain_now.ask"]], await chat.SayAsync("8"));
    }

    [Fact]
    public async Task Implausible_times_are_gently_confirmed_not_rejected()
    {
        var chat = await OnboardedChatAsync("odd");
        await chat.SayAsync("check in");
        foreach (var answer in new[] { "11pm", "same", "20 min", "none", "10pm", "same", "good", "3", "2" })
        {
            await chat.SayAsync(answer);
        }

        var check = await chat.SayAsync("no");

        Assert.Single(check);
        Assert.StartsWith(W["checkin.check.ask"][..20], check[0], StringComparison.Ordinal);
        var end = await chat.SayAsync("yes");
        Assert.Equal(W["checkin.summary.saved"], end[1]);
    }

    [Fact]
    public async Task Checking_in_again_the_same_day_edits_that_night_instead_of_adding_one()
    {
        var chat = await OnboardedChatAsync("twice");
        await chat.SayAsync("check in");
        await FinishFromBedAsync(chat, "11pm");
        await chat.SayAsync("check in");
        await FinishFromBedAsync(chat, "10pm");

        var night = Assert.Single((await Chat.ReadUserAsync(Store, "test", chat.UserId))!.Diary);
        Assert.Equal(new TimeOnly(22, 0), night.BedTime);
    }

    [Fact]
    public async Task A_card_check_in_takes_two_turns_on_a_channel_that_shows_cards()
    {
        var chat = await OnboardedChatAsync("card", channelId: "webchat");

        var card = await chat.SayAsync("check in");
        Assert.Equal(W["checkin.card.intro"], card[0]);
        var attachment = Assert.Single(chat.LastReplies[1].Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("1.5", attachment.Content!.Value.GetProperty("version").GetString());

        var end = await chat.SubmitAsync(new Dictionary<string, string>
        {
            ["checkin"] = "card", ["bed_time"] = "22:30", ["try_time"] = "23:00", ["sol"] = "30", ["wakings"] = "2", ["waso"] = "40",
            ["final_wake"] = "06:00", ["out_of_bed"] = "06:30", ["quality"] = "3", ["pain_night"] = "6", ["pain_now"] = "4", ["note"] = "",
        });

        Assert.Contains(W.Format("checkin.summary.total_sleep", ("value", "5 h 50 min")), end[0], StringComparison.Ordinal);
        var night = Assert.Single((await Chat.ReadUserAsync(Store, "webchat", chat.UserId))!.Diary);
        Assert.Equal((new TimeOnly(22, 30), 30, 40, 3), (night.BedTime!.Value, night.SolMinutes!.Value, night.WasoMinutes!.Value, night.Quality!.Value));
    }

    [Fact]
    public async Task A_double_submitted_card_files_one_night()
    {
        var chat = await OnboardedChatAsync("double", channelId: "webchat");
        await chat.SayAsync("check in");
        var values = new Dictionary<string, string> { ["checkin"] = "card", ["bed_time"] = "23:00", ["out_of_bed"] = "07:00", ["pain_now"] = "3" };

        await chat.SubmitAsync(values);
        await chat.SubmitAsync(values);

        Assert.Single((await Chat.ReadUserAsync(Store, "webchat", chat.UserId))!.Diary);
    }

    [Fact]
    public async Task Two_people_checking_in_at_once_keep_their_own_answers()
    {
        var ann = await OnboardedChatAsync("ann");
        var bo = await OnboardedChatAsync("bo");
        await ann.SayAsync("check in");
        await bo.SayAsync("check in");
        await ann.SayAsync("10pm");
        await bo.SayAsync("midnight");
        await FinishFromTryAsync(ann);
        await FinishFromTryAsync(bo);

        Assert.Equal(new TimeOnly(22, 0), Assert.Single((await Chat.ReadUserAsync(Store, "test", ann.UserId))!.Diary).BedTime);
        Assert.Equal(new TimeOnly(0, 0), Assert.Single((await Chat.ReadUserAsync(Store, "test", bo.UserId))!.Diary).BedTime);
    }

    private static async Task FinishFromBedAsync(Chat chat, string bedTime)
    {
        await chat.SayAsync(bedTime);
        await FinishFromTryAsync(chat);
    }

    private static async Task FinishFromTryAsync(Chat chat)
    {
        await chat.SayAsync("same");
        await FinishFromSolAsync(chat);
    }

    private static async Task FinishFromSolAsync(Chat chat)
    {
        foreach (var answer in new[] { "20 min", "none", "7am", "same", "good", "3", "2", "no" })
        {
            await chat.SayAsync(answer);
        }
    }
}

using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Storage;
using CoachBot.Testing.Tone;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Feedback;

/// <summary>
/// A person angry at the bot (COACHING.md §5, "Angry"): taken at their word, no defending, the ideas dropped at
/// once and back only when they ask. Transcripts over HTTP through the real pipeline.
/// </summary>
public sealed class FrustrationConversationTests : IDisposable
{
    // 07:30 in London on a Wednesday morning.
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Morning.Date);

    private readonly FakeTimeProvider _clock = new(Morning);
    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public FrustrationConversationTests()
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

    [Fact]
    public async Task Stop_telling_me_to_breathe_drops_the_ideas_until_the_person_says_advice_on()
    {
        var chat = await OnboardedChatAsync("angry");
        var first = await RoughCheckInAsync(chat);
        Assert.Equal(3, first.Count);
        Assert.Equal(W["checkin.summary.saved"], first[1]);

        var angry = await chat.SayAsync("Stop telling me to breathe.");

        Assert.Equal([W["feedback.frustrated.reply"]], angry);
        Assert.Contains("advice on", angry[0], StringComparison.Ordinal);
        var buttons = chat.LastReplies[0].SuggestedActions!.Actions!.Select(a => a.Value!.Value.GetString()).ToList();
        Assert.Equal([W["feedback.frustrated.buttons.diary_only"], W["feedback.frustrated.buttons.pause"]], buttons);
        Assert.True((await UserAsync(chat)).Profile.AdviceOff);

        _clock.Advance(TimeSpan.FromDays(1));
        var second = await RoughCheckInAsync(chat);
        Assert.Equal(2, second.Count);
        Assert.Equal(W["checkin.summary.saved"], second[1]);
        Assert.Equal(2, (await UserAsync(chat)).Diary.Count);

        Assert.Equal([W["feedback.advice_on"]], await chat.SayAsync("advice on"));
        Assert.False((await UserAsync(chat)).Profile.AdviceOff);

        _clock.Advance(TimeSpan.FromDays(1));
        var third = await RoughCheckInAsync(chat);
        Assert.Equal(3, third.Count);
        Assert.Equal(W["checkin.summary.saved"], third[1]);
        Assert.DoesNotContain(third[2], first);
        var user = await UserAsync(chat);
        Assert.Equal([Today, Today.AddDays(2)], user.RecentAdvice.Select(a => a.On).Distinct());
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    [Fact]
    public async Task The_frustration_buttons_turn_on_diary_only_and_pause_the_morning_check_ins()
    {
        var chat = await OnboardedChatAsync("buttons");
        await chat.SayAsync("this isn't helping");

        Assert.Equal([W["feedback.advice_off"]], await chat.SayAsync(W["feedback.frustrated.buttons.diary_only"]));
        Assert.Equal([W["prompts.paused"]], await chat.SayAsync(W["feedback.frustrated.buttons.pause"]));

        var user = await UserAsync(chat);
        Assert.True(user.Profile.AdviceOff);
        Assert.True(user.Prompts.Paused);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    [Fact]
    public async Task Diary_only_is_confirmed_and_the_next_check_in_ends_without_ideas()
    {
        var chat = await OnboardedChatAsync("diary-only");

        Assert.Equal([W["feedback.advice_off"]], await chat.SayAsync("just the diary"));
        var end = await RoughCheckInAsync(chat);

        Assert.Equal(2, end.Count);
        Assert.Equal(W["checkin.summary.saved"], end[1]);
        var user = await UserAsync(chat);
        Assert.Single(user.Diary);
        Assert.Empty(user.RecentAdvice);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    [Fact]
    public async Task Frustration_in_the_middle_of_a_check_in_is_acknowledged_and_the_question_asked_again()
    {
        var chat = await OnboardedChatAsync("mid");
        await chat.SayAsync("check in");
        Assert.Equal([W["checkin.try_time.ask"]], await chat.SayAsync("11pm"));

        Assert.Equal([W["feedback.frustrated.in_dialog"], W["checkin.try_time.ask"]], await chat.SayAsync("you're not helping"));
        Assert.True((await UserAsync(chat)).Profile.AdviceOff);

        Assert.Equal([W["checkin.sol.ask"]], await chat.SayAsync("same"));
        foreach (var answer in new[] { "40 min", "twice", "30 min", "5:30", "same", "poor", "8", "7" })
        {
            await chat.SayAsync(answer);
        }

        var end = await chat.SayAsync("no");
        Assert.Equal(2, end.Count);
        Assert.Equal(W["checkin.summary.saved"], end[1]);
        Assert.Equal(new TimeOnly(23, 0), Assert.Single((await UserAsync(chat)).Diary).BedTime);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    [Fact]
    public async Task Advice_on_in_the_middle_of_a_check_in_is_confirmed_and_the_question_asked_again()
    {
        var chat = await OnboardedChatAsync("mid-on");
        await chat.SayAsync("no advice");
        await chat.SayAsync("check in");

        Assert.Equal([W["feedback.advice_on"], W["checkin.bed_time.ask"]], await chat.SayAsync("ideas on"));
        Assert.False((await UserAsync(chat)).Profile.AdviceOff);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    [Fact]
    public async Task Every_frustrated_phrasing_gets_the_reply_and_none_is_taken_for_a_crisis()
    {
        var chat = await OnboardedChatAsync("phrasings");
        var phrasings = W.Variants("commands.frustrated");

        Assert.Equal([W["feedback.frustrated.reply"]], await chat.SayAsync(phrasings[0]));
        foreach (var phrasing in phrasings.Skip(1))
        {
            Assert.Equal([W["feedback.frustrated.already_off"]], await chat.SayAsync(phrasing));
        }

        var user = await UserAsync(chat);
        Assert.True(user.Profile.AdviceOff);
        Assert.False(user.Profile.PromptsPausedForSafety);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    [Theory]
    [InlineData("stop telling me to breathe, I want to die")]
    [InlineData("this isn't helping, I just want to end it all")]
    [InlineData("shut up, I'm going to kill myself")]
    public async Task Frustration_with_crisis_words_gets_the_crisis_reply_first(string text)
    {
        var chat = await OnboardedChatAsync("crisis");

        var replies = await chat.SayAsync(text);

        Assert.Equal([W["safety.crisis.ask"], W["safety.signposts.uk"]], replies);
        Assert.DoesNotContain(W["feedback.frustrated.reply"], replies);
        var user = await UserAsync(chat);
        Assert.True(user.Profile.PromptsPausedForSafety);
        Assert.False(user.Profile.AdviceOff);
        ToneAssert.FollowsToneRules(Replies(chat));
    }

    private async Task<Chat> OnboardedChatAsync(string name)
    {
        var chat = new Chat(_client, "conv-feedback-" + name, "user-feedback-" + name);
        await Chat.SeedOnboardedUserAsync(Store, "test", chat.UserId);
        await chat.SayAsync("hello");
        return chat;
    }

    /// <summary>A check-in for a short night with a flare (about 5 h 20 min asleep, pain 8): one that draws ideas.</summary>
    private static async Task<IReadOnlyList<string>> RoughCheckInAsync(Chat chat)
    {
        await chat.SayAsync("check in");
        foreach (var answer in new[] { "11pm", "same", "40 min", "twice", "30 min", "5:30", "same", "poor", "8", "7" })
        {
            await chat.SayAsync(answer);
        }

        return await chat.SayAsync("no");
    }

    private async Task<UserData> UserAsync(Chat chat) => (await Chat.ReadUserAsync(Store, "test", chat.UserId))!;

    private static IEnumerable<string> Replies(Chat chat) => chat.Transcript.Where(line => !line.StartsWith("> ", StringComparison.Ordinal));
}

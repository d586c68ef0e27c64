using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Storage;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Safety;

/// <summary>Safety first, in any state (COACHING.md §6): scripted conversations through the real pipeline, read as transcripts.</summary>
public sealed class SafetyConversationTests : IDisposable
{
    // 07:30 in London on a Wednesday morning.
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Morning);
    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public SafetyConversationTests()
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
    public async Task A_crisis_in_the_middle_of_a_check_in_gets_uk_signposts_and_holds_the_check_in_with_its_answers()
    {
        var chat = await CheckingInAsync("crisis");
        Assert.Equal([W["checkin.try_time.ask"]], await chat.SayAsync("11pm"));

        var crisis = await chat.SayAsync("7, and I want to die");

        Assert.Equal([W["safety.crisis.ask"], W["safety.signposts.uk"]], crisis);
        Assert.DoesNotContain(crisis, r => r.Contains(W["checkin.sol.ask"], StringComparison.Ordinal));
        Assert.True((await UserAsync(chat)).Profile.PromptsPausedForSafety);

        Assert.Equal([W["safety.followup.accepted"], W["safety.followup.offer_checkin"]], await chat.SayAsync("I'm ok, sorry"));
        Assert.Equal([W["safety.followup.resumed"], W["checkin.try_time.ask"]], await chat.SayAsync("yes"));
        Assert.False((await UserAsync(chat)).Profile.PromptsPausedForSafety);

        await FinishFromTryAsync(chat);
        var night = Assert.Single((await UserAsync(chat)).Diary);
        Assert.Equal(new TimeOnly(23, 0), night.BedTime);
        Assert.All(chat.Transcript, line => Assert.DoesNotContain("committed suicide", line, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_held_check_in_waits_until_the_person_says_check_in()
    {
        var chat = await CheckingInAsync("held");
        await chat.SayAsync("11pm");
        await chat.SayAsync("I can't do this anymore");

        Assert.Equal([W["safety.followup.accepted"], W["safety.followup.offer_checkin"]], await chat.SayAsync("no, you misunderstood"));
        Assert.Equal([W["safety.followup.left"]], await chat.SayAsync("not now"));
        Assert.Equal([W["safety.followup.on_hold"]], await chat.SayAsync("10pm"));
        Assert.Equal([W["safety.followup.resumed"], W["checkin.try_time.ask"]], await chat.SayAsync("check in"));
        Assert.Equal([W["checkin.sol.ask"]], await chat.SayAsync("same"));
    }

    [Fact]
    public async Task Help_after_a_crisis_brings_the_helplines_back()
    {
        var chat = await CheckingInAsync("help");
        await chat.SayAsync("kms");

        Assert.Equal([W["safety.signposts.uk"], W[MessageIds.Help]], await chat.SayAsync("help"));
    }

    [Fact]
    public async Task A_yes_to_the_crisis_question_gets_the_helplines_again_without_the_check_in()
    {
        var chat = await CheckingInAsync("yes");
        await chat.SayAsync("I don't want to wake up tomorrow");

        Assert.Equal([W["safety.crisis.again"], W["safety.signposts.uk"]], await chat.SayAsync("yes"));
        Assert.Equal([W["safety.followup.on_hold"]], await chat.SayAsync("11pm"));
    }

    [Fact]
    public async Task A_us_locale_and_zone_get_988()
    {
        var chat = new Chat(_client, "conv-us", "user-us", "test", localTimezone: "America/New_York");
        await Chat.SeedOnboardedUserAsync(Store, "test", chat.UserId, timeZoneId: "America/New_York");
        await chat.SayAsync("hello");
        var message = chat.Message("i wanna die");
        message.Locale = "en-US";

        var replies = await chat.SendAsync(message);

        Assert.Equal([W["safety.crisis.ask"], W["safety.signposts.us"]], replies);
        Assert.Contains("988", replies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Elsewhere_the_country_is_asked_and_the_answer_brings_its_helplines()
    {
        var chat = new Chat(_client, "conv-away", "user-away");
        await Chat.SeedOnboardedUserAsync(Store, "test", chat.UserId, timeZoneId: "Asia/Tokyo");
        await chat.SayAsync("hello");

        Assert.Equal([W["safety.crisis.ask"], W["safety.signposts.generic"]], await chat.SayAsync("I want to end my life"));
        Assert.Equal([W["safety.signposts.uk"]], await chat.SayAsync("UK"));
        Assert.Equal("uk", (await UserAsync(chat)).Profile.SafetyRegion);
    }

    [Fact]
    public async Task A_red_flag_in_the_note_gets_an_urgent_signpost_and_holds_the_check_in()
    {
        var chat = await CheckingInAsync("note");
        await AnswerUpToNoteAsync(chat);

        var replies = await chat.SayAsync("numb down there since yesterday");

        Assert.Equal([RedFlag("saddle_numbness", "now"), W["safety.red_flag.paused"]], replies);
        Assert.Equal([W["safety.followup.resumed"], W["checkin.note.ask"]], await chat.SayAsync("check in"));
        Assert.Contains(W["checkin.summary.saved"], await chat.SayAsync("no"));
    }

    [Fact]
    public async Task A_less_urgent_red_flag_in_the_note_is_signposted_and_the_note_is_kept()
    {
        var chat = await CheckingInAsync("partner");
        await AnswerUpToNoteAsync(chat);

        var replies = await chat.SayAsync("my partner says I stop breathing at night");

        Assert.Equal(RedFlag("breathing_stops", "soon"), replies[0]);
        Assert.Contains(W["checkin.summary.saved"], replies);
        Assert.Equal("my partner says I stop breathing at night", Assert.Single((await UserAsync(chat)).Diary).Note);
    }

    [Fact]
    public async Task This_pain_is_killing_me_as_a_pain_answer_is_handled_kindly_not_as_a_crisis()
    {
        var chat = await CheckingInAsync("idiom");
        foreach (var answer in new[] { "11pm", "same", "20 min", "none", "7am", "same", "good" })
        {
            await chat.SayAsync(answer);
        }

        var replies = await chat.SayAsync("this pain is killing me");

        Assert.Equal([W["checkin.pain_night.descriptive"]], replies);
        Assert.False((await UserAsync(chat)).Profile.PromptsPausedForSafety);
    }

    [Fact]
    public async Task A_negated_crisis_word_is_acknowledged_and_the_question_asked_again()
    {
        var chat = await CheckingInAsync("negated");
        await chat.SayAsync("11pm");
        await chat.SayAsync("same");

        Assert.Equal([W["safety.negated"], W["checkin.sol.ask"]], await chat.SayAsync("I'm not suicidal, just exhausted"));
        Assert.Equal([W["checkin.wakings.ask"]], await chat.SayAsync("20 min"));
    }

    [Fact]
    public async Task Unclear_words_get_a_gentle_question_and_a_no_carries_on()
    {
        var chat = await CheckingInAsync("unsure");
        await chat.SayAsync("11pm");

        Assert.Equal([W["safety.unsure.ask"]], await chat.SayAsync("I just want it all to stop"));
        Assert.Equal([W["safety.unsure.no"], W["checkin.try_time.ask"]], await chat.SayAsync("no, I mean the pain"));
    }

    [Fact]
    public async Task A_crisis_in_a_card_note_is_answered_and_nothing_is_filed()
    {
        var chat = new Chat(_client, "conv-card", "user-card", "webchat");
        await Chat.SeedOnboardedUserAsync(Store, "webchat", chat.UserId);
        await chat.SayAsync("hello");
        await chat.SayAsync("check in");

        var replies = await chat.SubmitAsync(new Dictionary<string, string>
        {
            ["checkin"] = "card", ["bed_time"] = "23:00", ["out_of_bed"] = "07:00", ["pain_now"] = "7", ["note"] = "honestly better off dead",
        });

        Assert.Equal([W["safety.crisis.ask"], W["safety.signposts.uk"]], replies);
        Assert.Empty((await Chat.ReadUserAsync(Store, "webchat", chat.UserId))!.Diary);
    }

    [Fact]
    public async Task A_crisis_as_the_first_message_of_someone_new_is_not_followed_by_onboarding_questions()
    {
        var chat = new Chat(_client, "conv-new", "user-new");

        Assert.Equal([W[MessageIds.Welcome], W["safety.crisis.ask"], W["safety.signposts.uk"]], await chat.SayAsync("I want to die"));
        Assert.Equal([W["safety.followup.accepted"], W["safety.followup.offer_continue"]], await chat.SayAsync("I'm fine"));

        var setUp = await chat.SayAsync("yes");
        Assert.NotEmpty(setUp);
        Assert.DoesNotContain(setUp, r => r.Contains(W["safety.followup.resumed"], StringComparison.Ordinal));
    }

    private static string RedFlag(string what, string tier) =>
        W.Format("safety.red_flag.reply." + tier, ("what", W["safety.red_flag.what." + what]), ("route", W[$"safety.red_flag.routes.uk.{tier}"]));

    private async Task<Chat> CheckingInAsync(string name)
    {
        var chat = new Chat(_client, "conv-" + name, "user-" + name);
        await Chat.SeedOnboardedUserAsync(Store, "test", chat.UserId);
        await chat.SayAsync("hello");
        Assert.Equal([W["checkin.intro"], W["checkin.bed_time.ask"]], await chat.SayAsync("check in"));
        return chat;
    }

    private async Task<UserData> UserAsync(Chat chat) => (await Chat.ReadUserAsync(Store, "test", chat.UserId))!;

    private static async Task AnswerUpToNoteAsync(Chat chat)
    {
        foreach (var answer in new[] { "11pm", "same", "20 min", "none", "7am", "same", "good", "3" })
        {
            await chat.SayAsync(answer);
        }

        Assert.Equal([W["checkin.note.ask"]], await chat.SayAsync("2"));
    }

    private static async Task FinishFromTryAsync(Chat chat)
    {
        foreach (var answer in new[] { "same", "20 min", "none", "7am", "same", "good", "3", "2", "no" })
        {
            await chat.SayAsync(answer);
        }
    }
}

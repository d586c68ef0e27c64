using CoachBot.Coaching.Content;
using CoachBot.Coaching.Tests.Onboarding;
using static CoachBot.Coaching.Tests.Onboarding.Words;

namespace CoachBot.Coaching.Tests.NightHelp;

public sealed class NightHelpConversationTests
{
    // London is on UTC in late November.
    private static readonly DateTimeOffset TwoAm = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TwoPm = new(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);

    private static async Task<CoachConversation> OnboardedAsync()
    {
        var chat = new CoachConversation { LocalTimezone = "Europe/London" };
        await chat.SendAsync("hi");
        await chat.SendAsync("yes");
        await chat.SendAsync("7:30");
        await chat.SendAsync("yes");
        Assert.Equal("Europe/London", chat.Profile.TimeZoneId);
        return chat;
    }

    [Fact]
    public async Task At_two_in_the_morning_cant_sleep_starts_the_routine_one_step_per_reply_and_ends_with_the_night_not_ruined()
    {
        await using var chat = await OnboardedAsync();
        chat.Clock.SetUtcNow(TwoAm);

        Assert.Equal([Say("nighthelp.intro"), Say("nighthelp.steps.breathe")], await chat.SendAsync("can't sleep"));
        Assert.Equal([Say("nighthelp.ready_button")], chat.Buttons);
        Assert.Equal([Say("nighthelp.steps.relax")], await chat.SendAsync("ok"));
        Assert.Equal([Say("nighthelp.steps.position")], await chat.SendAsync("done"));
        Assert.Equal([Say("nighthelp.steps.chair")], await chat.SendAsync("next"));
        var end = await chat.SendAsync("ok");

        Assert.Equal([Say("nighthelp.close")], end);
        Assert.Contains("isn't ruined", end[0], StringComparison.Ordinal);
        Assert.Equal([Say(MessageIds.NotUnderstood)], await chat.SendAsync("ok"));
    }

    [Theory]
    [InlineData("flare")]
    [InlineData("In agony")]
    [InlineData("I can’t sleep")]
    [InlineData("awake with pain")]
    [InlineData("help me sleep")]
    [InlineData("Cannot sleep!")]
    public async Task Each_night_time_phrase_starts_the_routine_at_night(string phrase)
    {
        await using var chat = await OnboardedAsync();
        chat.Clock.SetUtcNow(TwoAm);

        Assert.Equal([Say("nighthelp.intro"), Say("nighthelp.steps.breathe")], await chat.SendAsync(phrase));
    }

    [Fact]
    public async Task In_the_afternoon_the_routine_is_offered_and_the_shorter_version_has_three_steps()
    {
        await using var chat = await OnboardedAsync();
        chat.Clock.SetUtcNow(TwoPm);

        Assert.Equal([Say("nighthelp.offer.ask")], await chat.SendAsync("flare"));
        Assert.Equal(
            [Say("nighthelp.offer.choices.full"), Say("nighthelp.offer.choices.short"), Say("nighthelp.offer.choices.not_now")],
            chat.Buttons);
        Assert.Equal([Say("nighthelp.short_intro"), Say("nighthelp.steps.breathe")], await chat.SendAsync("shorter version"));
        Assert.Equal([Say("nighthelp.steps.position")], await chat.SendAsync("ok"));
        Assert.Equal([Say("nighthelp.close")], await chat.SendAsync("ok"));
    }

    [Fact]
    public async Task In_the_afternoon_the_full_routine_can_be_chosen_and_not_now_ends_kindly()
    {
        await using var chat = await OnboardedAsync();
        chat.Clock.SetUtcNow(TwoPm);

        await chat.SendAsync("can't sleep");
        Assert.Equal([Say("nighthelp.intro"), Say("nighthelp.steps.breathe")], await chat.SendAsync("full routine"));
        await chat.SendAsync("cancel");

        await chat.SendAsync("can't sleep");
        Assert.Equal([Say("nighthelp.offer.not_now")], await chat.SendAsync("not now"));
    }

    [Fact]
    public async Task Stop_ends_the_routine_at_once()
    {
        await using var chat = await OnboardedAsync();
        chat.Clock.SetUtcNow(TwoAm);
        await chat.SendAsync("in agony");
        await chat.SendAsync("ok");

        Assert.Equal([Say(MessageIds.Cancelled)], await chat.SendAsync("stop"));
        Assert.Equal([Say(MessageIds.NotUnderstood)], await chat.SendAsync("ok"));
    }

    [Fact]
    public async Task Help_in_the_middle_says_the_current_step_again()
    {
        await using var chat = await OnboardedAsync();
        chat.Clock.SetUtcNow(TwoAm);
        await chat.SendAsync("can't sleep");
        await chat.SendAsync("ok");

        Assert.Equal([Say(MessageIds.Help), Say("nighthelp.steps.relax")], await chat.SendAsync("help"));
        Assert.Equal([Say("nighthelp.steps.position")], await chat.SendAsync("ok"));
    }

    [Fact]
    public async Task Before_onboarding_the_zone_the_channel_reports_decides_whether_it_is_night()
    {
        // 14:00 UTC is 23:00 in Tokyo.
        await using var chat = new CoachConversation { LocalTimezone = "Asia/Tokyo" };
        chat.Clock.SetUtcNow(TwoPm);

        var replies = await chat.SendAsync("can't sleep");

        Assert.Equal([Say(MessageIds.Welcome), Say("nighthelp.intro"), Say("nighthelp.steps.breathe")], replies);
    }

    [Fact]
    public async Task The_words_of_the_routine_follow_the_coaching_tone()
    {
        var words = new[]
        {
            "nighthelp.intro", "nighthelp.short_intro", "nighthelp.steps.breathe", "nighthelp.steps.relax", "nighthelp.steps.position",
            "nighthelp.steps.chair", "nighthelp.close", "nighthelp.offer.ask", "nighthelp.offer.not_now",
        }.Select(Say).ToList();

        foreach (var text in words)
        {
            Assert.DoesNotMatch(@"(?i)\byou (should|must|need to|have to)\b|\bjust relax\b|\bbad night\b|\bdon't worry\b", text);
        }

        Assert.Contains(words, w => w.Contains("out-breath", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Contains("muscles", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Contains("position", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Contains("chair", StringComparison.Ordinal) && w.Contains("safe", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Contains("no need to check the time", StringComparison.Ordinal));
    }
}

using static CoachBot.Coaching.Tests.Onboarding.Words;

namespace CoachBot.Coaching.Tests.Onboarding;

public sealed class SettingsConversationTests
{
    private static readonly string Menu = Say(
        "settings.menu.ask",
        ("zone_name", Zone("London", "Europe/London")),
        ("time", "07:30"),
        ("diary", Say("settings.values.on")),
        ("naps", Say("settings.values.off")),
        ("note", Say("settings.values.on")),
        ("summary_day", Say("settings.summary_day.choices.monday")));

    private static async Task<CoachConversation> OnboardedAsync()
    {
        var chat = new CoachConversation { LocalTimezone = "Europe/London" };
        await chat.SendAsync("hi");
        await chat.SendAsync("yes");
        await chat.SendAsync("7:30");
        await chat.SendAsync("yes");
        return chat;
    }

    [Fact]
    public async Task Settings_changes_the_check_in_time_confirms_it_and_ends_on_done()
    {
        await using var chat = await OnboardedAsync();

        Assert.Equal([Menu], await chat.SendAsync("settings"));
        Assert.Contains(Say("settings.options.checkin_time.button"), chat.Buttons);
        Assert.Equal([Say("onboarding.checkin_time.ask")], await chat.SendAsync("check-in time"));
        Assert.Equal(
            [Say("settings.changed.checkin_time", ("time", "09:15")), Say("settings.menu.ask_again")],
            await chat.SendAsync("quarter past 9"));
        Assert.Equal([Say("settings.done")], await chat.SendAsync("done"));

        Assert.Equal(new TimeOnly(9, 15), chat.Profile.CheckInTime);
        Assert.Equal("Europe/London", chat.Profile.TimeZoneId);
    }

    [Fact]
    public async Task Settings_moves_the_weekly_summary_to_another_day_or_turns_it_off()
    {
        await using var chat = await OnboardedAsync();
        await chat.SendAsync("settings");

        Assert.Equal([Say("settings.summary_day.ask")], await chat.SendAsync("summary day"));
        Assert.Equal([Say("settings.changed.summary_day", ("day", Say("settings.summary_day.choices.sunday"))), Say("settings.menu.ask_again")], await chat.SendAsync("sundays"));
        Assert.Equal((DayOfWeek.Sunday, true), (chat.Profile.WeeklySummaryDay, chat.Profile.WeeklySummaryOn));

        await chat.SendAsync("summary day");
        Assert.Equal([Say("settings.changed.summary_day_off"), Say("settings.menu.ask_again")], await chat.SendAsync("off"));
        Assert.False(chat.Profile.WeeklySummaryOn);
    }

    [Fact]
    public async Task Settings_changes_the_zone_by_alias_and_turns_the_naps_question_on_in_one_visit()
    {
        await using var chat = await OnboardedAsync();
        await chat.SendAsync("settings");

        Assert.Equal([Say("onboarding.timezone.ask")], await chat.SendAsync("time zone"));
        Assert.Equal([Say("settings.changed.time_zone", ("zone_name", Zone("Kolkata", "Asia/Kolkata"))), Say("settings.menu.ask_again")], await chat.SendAsync("India"));
        Assert.Equal([Say("settings.toggles.naps_ask")], await chat.SendAsync("naps"));
        Assert.Equal([Say("settings.changed.naps_on"), Say("settings.menu.ask_again")], await chat.SendAsync("yes"));
        Assert.Equal([Say("settings.done")], await chat.SendAsync("nothing else"));

        Assert.Equal("Asia/Kolkata", chat.Profile.TimeZoneId);
        Assert.True(chat.Profile.AskNaps);
    }

    [Fact]
    public async Task Turning_the_diary_off_is_confirmed_and_a_skipped_question_changes_nothing()
    {
        await using var chat = await OnboardedAsync();
        await chat.SendAsync("settings");

        Assert.Equal([Say("onboarding.diary.ask")], await chat.SendAsync("keeping a diary"));
        Assert.Equal([Say("settings.changed.diary_off"), Say("settings.menu.ask_again")], await chat.SendAsync("no"));
        await chat.SendAsync("check-in time");
        Assert.Equal([Say("settings.unchanged"), Say("settings.menu.ask_again")], await chat.SendAsync("skip"));

        Assert.False(chat.Profile.DiaryConsent);
        Assert.Equal(new TimeOnly(7, 30), chat.Profile.CheckInTime);
    }
}

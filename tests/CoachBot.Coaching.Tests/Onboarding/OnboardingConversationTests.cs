using System.Globalization;
using System.Text.Json;
using CoachBot.Coaching.Content;
using static CoachBot.Coaching.Tests.Onboarding.Words;

namespace CoachBot.Coaching.Tests.Onboarding;

public sealed class OnboardingConversationTests
{
    private static readonly string AskZone = Say("onboarding.timezone.ask");
    private static readonly string AskTime = Say("onboarding.checkin_time.ask");
    private static readonly string AskDiary = Say("onboarding.diary.ask");

    [Fact]
    public async Task The_channels_time_zone_is_confirmed_and_the_profile_is_set_when_onboarding_ends()
    {
        await using var chat = new CoachConversation { LocalTimezone = "Europe/London" };

        Assert.Equal(
            [Say(MessageIds.Welcome), Say("onboarding.timezone.confirm", ("zone_name", Zone("London", "Europe/London")))],
            await chat.SendAsync("hi"));
        Assert.Equal([Say("onboarding.buttons.yes"), Say("onboarding.buttons.no")], chat.Buttons);
        Assert.Equal([AskTime], await chat.SendAsync("yes"));
        Assert.Equal(Words.Messages.Variants("onboarding.checkin_time.buttons"), chat.Buttons);
        Assert.Equal([AskDiary], await chat.SendAsync("7.30"));
        Assert.Equal(
            [Say("onboarding.done.with_diary", ("time", "07:30"), ("zone_name", Zone("London", "Europe/London")))],
            await chat.SendAsync("yes"));

        var profile = chat.Profile;
        Assert.Equal("Europe/London", profile.TimeZoneId);
        Assert.Equal(new TimeOnly(7, 30), profile.CheckInTime);
        Assert.True(profile.DiaryConsent);
        Assert.Equal(CoachConversation.Now, profile.OnboardedAt);
    }

    [Fact]
    public async Task A_rejected_channel_zone_is_replaced_by_the_city_the_person_names()
    {
        await using var chat = new CoachConversation { LocalTimezone = "America/New_York" };
        await chat.SendAsync("hello");

        Assert.Equal([AskZone], await chat.SendAsync("no"));
        Assert.Equal([Say("onboarding.timezone.set", ("zone_name", Zone("Sydney", "Australia/Sydney"))), AskTime], await chat.SendAsync("Sydney"));
        Assert.Equal([AskDiary], await chat.SendAsync("default"));
        await chat.SendAsync("yes");

        Assert.Equal("Australia/Sydney", chat.Profile.TimeZoneId);
        Assert.Equal(new TimeOnly(8, 0), chat.Profile.CheckInTime);
    }

    [Fact]
    public async Task A_no_that_names_a_city_needs_no_second_question()
    {
        await using var chat = new CoachConversation { LocalTimezone = "Europe/London" };
        await chat.SendAsync("hi");

        Assert.Equal([Say("onboarding.timezone.set", ("zone_name", Zone("Paris", "Europe/Paris"))), AskTime], await chat.SendAsync("No, I'm in Paris"));
    }

    [Fact]
    public async Task Without_a_channel_zone_the_person_is_asked_and_an_iana_id_in_any_case_works()
    {
        await using var chat = new CoachConversation();

        Assert.Equal([Say(MessageIds.Welcome), AskZone], await chat.SendAsync("hi"));
        Assert.Equal([Say("onboarding.timezone.set", ("zone_name", Zone("New York", "America/New_York"))), AskTime], await chat.SendAsync("america/new_york"));
        await chat.SendAsync("8am");
        await chat.SendAsync("yes");

        Assert.Equal("America/New_York", chat.Profile.TimeZoneId);
    }

    [Fact]
    public async Task Nonsense_twice_gets_one_kind_reask_then_utc_with_a_note_that_settings_can_change_it()
    {
        await using var chat = new CoachConversation();
        await chat.SendAsync("hi");

        Assert.Equal([Say("onboarding.timezone.retry")], await chat.SendAsync("Mars/Olympus"));
        Assert.Equal([Say("onboarding.timezone.kept", ("zone_name", Say("onboarding.zone_name.plain", ("zone", "UTC")))), AskTime], await chat.SendAsync("half past elevenish"));
        await chat.SendAsync("8");
        await chat.SendAsync("yes");

        Assert.Equal("UTC", chat.Profile.TimeZoneId);
        Assert.Equal(new TimeOnly(8, 0), chat.Profile.CheckInTime);
    }

    [Fact]
    public async Task Nonsense_after_rejecting_the_channel_zone_keeps_the_channel_zone()
    {
        await using var chat = new CoachConversation { LocalTimezone = "Europe/Dublin" };
        await chat.SendAsync("hi");
        await chat.SendAsync("no");

        Assert.Equal([Say("onboarding.timezone.retry")], await chat.SendAsync("\U0001F30D"));
        Assert.Equal([Say("onboarding.timezone.kept", ("zone_name", Zone("Dublin", "Europe/Dublin"))), AskTime], await chat.SendAsync("somewhere nice"));
    }

    [Fact]
    public async Task A_teams_client_info_entity_supplies_the_zone_to_confirm()
    {
        await using var chat = new CoachConversation(locale: "en-US")
        {
            Entities = [JsonDocument.Parse("""{"type":"clientInfo","locale":"en-US","country":"US","platform":"Windows","timezone":"America/Chicago"}""").RootElement],
        };

        Assert.Equal(Say("onboarding.timezone.confirm", ("zone_name", Zone("Chicago", "America/Chicago"))), (await chat.SendAsync("hi"))[^1]);
        await chat.SendAsync("yep");
        await chat.SendAsync("7:30");
        Assert.Equal([Say("onboarding.done.with_diary", ("time", new TimeOnly(7, 30).ToString("t", CultureInfo.GetCultureInfo("en-US"))), ("zone_name", Zone("Chicago", "America/Chicago")))], await chat.SendAsync("sure"));
        Assert.Equal("America/Chicago", chat.Profile.TimeZoneId);
    }

    [Fact]
    public async Task Help_during_the_confirmation_asks_about_the_same_zone_again_even_without_it_on_the_message()
    {
        await using var chat = new CoachConversation { LocalTimezone = "Australia/Lord_Howe" };
        await chat.SendAsync("hi");
        chat.LocalTimezone = null;

        Assert.Equal(
            [Say(MessageIds.Help), Say("onboarding.timezone.confirm", ("zone_name", Zone("Lord Howe", "Australia/Lord_Howe")))],
            await chat.SendAsync("help"));
    }

    [Fact]
    public async Task A_time_outside_the_morning_is_reasked_and_the_usual_8am_answer_works()
    {
        await using var chat = new CoachConversation { LocalTimezone = "Europe/London" };
        await chat.SendAsync("hi");
        await chat.SendAsync("yes");

        Assert.Equal([Say("onboarding.checkin_time.out_of_window")], await chat.SendAsync("3pm"));
        Assert.Equal([AskDiary], await chat.SendAsync("the usual 8am is fine"));
        await chat.SendAsync("yes");

        Assert.Equal(new TimeOnly(8, 0), chat.Profile.CheckInTime);
    }

    [Fact]
    public async Task Skipping_the_time_uses_8am_and_says_so()
    {
        await using var chat = new CoachConversation { LocalTimezone = "Europe/London" };
        await chat.SendAsync("hi");
        await chat.SendAsync("yes");

        Assert.Equal([Say("onboarding.checkin_time.default_used", ("time", "08:00")), AskDiary], await chat.SendAsync("skip"));
    }

    [Fact]
    public async Task Back_from_the_time_question_returns_to_the_time_zone()
    {
        await using var chat = new CoachConversation();
        await chat.SendAsync("hi");
        await chat.SendAsync("London");

        Assert.Equal([AskZone], await chat.SendAsync("back"));
        await chat.SendAsync("Lord Howe");
        await chat.SendAsync("6am");
        await chat.SendAsync("yes");

        Assert.Equal("Australia/Lord_Howe", chat.Profile.TimeZoneId);
        Assert.Equal(new TimeOnly(6, 0), chat.Profile.CheckInTime);
    }

    [Fact]
    public async Task No_to_the_diary_is_respected_and_the_person_can_still_use_help()
    {
        await using var chat = new CoachConversation { LocalTimezone = "Europe/London" };
        await chat.SendAsync("hi");
        await chat.SendAsync("yes");
        await chat.SendAsync("9am");

        Assert.Equal([Say("onboarding.done.without_diary")], await chat.SendAsync("no thanks"));
        Assert.False(chat.Profile.DiaryConsent);
        Assert.True(chat.Profile.IsOnboarded);
        Assert.Equal([Say(MessageIds.Help)], await chat.SendAsync("help"));
    }
}

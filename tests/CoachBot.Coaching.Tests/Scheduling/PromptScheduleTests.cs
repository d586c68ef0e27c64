using CoachBot.Coaching.Scheduling;
using CoachBot.Protocol.Schema;
using static CoachBot.Coaching.Tests.Scheduling.ScheduledUsers;

namespace CoachBot.Coaching.Tests.Scheduling;

/// <summary>When the next prompt is due: set-up, pause and stop, snooze, skip, back-off, and what inbound activities change.</summary>
public sealed class PromptScheduleTests
{
    private static readonly TimeOnly Eight = new(8, 0);

    [Fact]
    public void The_prompt_is_due_at_the_chosen_local_time_today_when_it_is_still_ahead()
    {
        var user = Create("Europe/London", Eight);

        var due = PromptSchedule.NextDue(user, Utc(2026, 11, 25, 7, 30));

        Assert.Equal(new DuePrompt(Utc(2026, 11, 25, 8, 0), new DateOnly(2026, 11, 25), PromptKind.Daily), due);
    }

    [Fact]
    public void A_time_already_past_today_is_due_tomorrow()
    {
        var user = Create("Europe/London", Eight);

        Assert.Equal(Utc(2026, 11, 26, 8, 0), PromptSchedule.NextDue(user, Utc(2026, 11, 25, 8, 0).AddSeconds(30))!.Instant);
    }

    [Fact]
    public void After_todays_prompt_the_next_is_tomorrow_even_if_the_time_moves_later()
    {
        var user = Create("Europe/London", Eight);
        PromptSchedule.RecordSent(user, PromptSchedule.NextDue(user, Utc(2026, 11, 25, 7, 0))!, Utc(2026, 11, 25, 8, 0));
        user.Profile.CheckInTime = new TimeOnly(9, 0);

        Assert.Equal(Utc(2026, 11, 26, 9, 0), PromptSchedule.NextDue(user, Utc(2026, 11, 25, 8, 1))!.Instant);
    }

    [Fact]
    public void Nobody_is_prompted_who_is_not_set_up_or_does_not_want_prompts()
    {
        var from = Utc(2026, 11, 25, 7, 0);
        var notOnboarded = Create("Europe/London", Eight);
        notOnboarded.Profile.OnboardedAt = null;
        var noDiary = Create("Europe/London", Eight);
        noDiary.Profile.DiaryConsent = false;
        var noReference = Create("Europe/London", Eight);
        noReference.ConversationReference = null;
        var unknownZone = Create("Mars/Olympus_Mons", Eight);
        var paused = Create("Europe/London", Eight);
        paused.Prompts.Paused = true;
        var stopped = Create("Europe/London", Eight);
        stopped.Prompts.Stopped = true;
        var unreachable = Create("Europe/London", Eight);
        unreachable.Prompts.Inactive = true;
        var afterACrisisReply = Create("Europe/London", Eight);
        afterACrisisReply.Profile.PromptsPausedForSafety = true;

        Assert.All(
            [notOnboarded, noDiary, noReference, unknownZone, paused, stopped, unreachable, afterACrisisReply],
            user => Assert.Null(PromptSchedule.NextDue(user, from)));
    }

    [Fact]
    public void After_three_unanswered_prompts_they_come_every_other_day()
    {
        var user = Create("Europe/London", Eight);
        var from = Utc(2026, 11, 20, 0, 0);
        var sent = new List<DateOnly>();
        for (var i = 0; i < 6; i++)
        {
            var due = PromptSchedule.NextDue(user, from)!;
            sent.Add(due.LocalDate);
            PromptSchedule.RecordSent(user, due, due.Instant);
            from = due.Instant.AddMinutes(1);
        }

        Assert.Equal(
            [new(2026, 11, 20), new(2026, 11, 21), new(2026, 11, 22), new(2026, 11, 24), new(2026, 11, 26), new(2026, 11, 28)],
            sent);
    }

    [Fact]
    public void The_first_thinned_out_prompt_carries_the_note_once_and_a_message_resets_everything()
    {
        var user = Create("Europe/London", Eight);
        user.Prompts.Unanswered = 3;
        Assert.True(PromptSchedule.NeedsBackOffNote(user.Prompts));

        PromptSchedule.RecordSent(user, PromptSchedule.NextDue(user, Utc(2026, 11, 25, 7, 0))!, Utc(2026, 11, 25, 8, 0));
        Assert.False(PromptSchedule.NeedsBackOffNote(user.Prompts));
        Assert.Equal(4, user.Prompts.Unanswered);

        PromptSchedule.RecordInbound(user, Message("hi"));
        Assert.Equal(0, user.Prompts.Unanswered);
        Assert.False(user.Prompts.BackOffNoted);
        Assert.Equal(Utc(2026, 11, 26, 8, 0), PromptSchedule.NextDue(user, Utc(2026, 11, 25, 9, 0))!.Instant);
    }

    [Fact]
    public void A_snooze_replaces_that_days_prompt()
    {
        var user = Create("Europe/London", Eight);
        user.Prompts.SnoozedUntil = Utc(2026, 11, 25, 7, 40);

        var due = PromptSchedule.NextDue(user, Utc(2026, 11, 25, 6, 40))!;
        Assert.Equal(new DuePrompt(Utc(2026, 11, 25, 7, 40), new DateOnly(2026, 11, 25), PromptKind.Snoozed), due);

        PromptSchedule.RecordSent(user, due, due.Instant);
        Assert.Null(user.Prompts.SnoozedUntil);
        Assert.Equal(Utc(2026, 11, 26, 8, 0), PromptSchedule.NextDue(user, Utc(2026, 11, 25, 7, 41))!.Instant);
    }

    [Fact]
    public void A_snooze_after_the_days_prompt_brings_it_back_once()
    {
        var user = Create("Europe/London", Eight);
        PromptSchedule.RecordSent(user, PromptSchedule.NextDue(user, Utc(2026, 11, 25, 7, 0))!, Utc(2026, 11, 25, 8, 0));
        user.Prompts.SnoozedUntil = Utc(2026, 11, 25, 9, 5);

        Assert.Equal(PromptKind.Snoozed, PromptSchedule.NextDue(user, Utc(2026, 11, 25, 8, 5))!.Kind);
    }

    [Fact]
    public void A_skipped_day_moves_the_prompt_to_tomorrow()
    {
        var user = Create("Europe/London", Eight);
        user.Prompts.SkipDate = new DateOnly(2026, 11, 25);

        Assert.Equal(Utc(2026, 11, 26, 8, 0), PromptSchedule.NextDue(user, Utc(2026, 11, 25, 7, 0))!.Instant);
    }

    [Fact]
    public void Working_out_the_prompt_after_sending_leaves_the_state_unchanged()
    {
        var user = Create("Europe/London", Eight);
        var due = PromptSchedule.NextDue(user, Utc(2026, 11, 25, 7, 0))!;

        var next = PromptSchedule.NextDueAfterSending(user, due, due.Instant);

        Assert.Equal(Utc(2026, 11, 26, 8, 0), next!.Instant);
        Assert.Null(user.Prompts.LastPromptDate);
        Assert.Equal(0, user.Prompts.Unanswered);
    }

    [Fact]
    public void The_reference_is_remembered_from_one_to_one_conversations_once_onboarded()
    {
        var user = Create("Europe/London", Eight);
        user.ConversationReference = null;
        var group = Message("hi");
        group.Conversation!.IsGroup = true;

        PromptSchedule.RecordInbound(user, group);
        Assert.Null(user.ConversationReference);

        var direct = Message("hi");
        direct.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        PromptSchedule.RecordInbound(user, direct);
        Assert.Equal("https://smba.trafficmanager.net/emea/", user.ConversationReference!.ServiceUrl);
        Assert.Equal("conv-9", user.ConversationReference.Conversation!.Id);
        Assert.Equal("user-9", user.ConversationReference.User!.Id);

        user.Profile.OnboardedAt = null;
        direct.ServiceUrl = "https://smba.trafficmanager.net/amer/";
        PromptSchedule.RecordInbound(user, direct);
        Assert.Equal("https://smba.trafficmanager.net/emea/", user.ConversationReference.ServiceUrl);
    }

    [Fact]
    public void A_message_makes_an_unreachable_person_reachable_again()
    {
        var user = Create("Europe/London", Eight);
        user.Prompts.Inactive = true;

        PromptSchedule.RecordInbound(user, Message("hello again"));

        Assert.False(user.Prompts.Inactive);
        Assert.NotNull(PromptSchedule.NextDue(user, Utc(2026, 11, 25, 7, 0)));
    }

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1:1/",
        Conversation = new ConversationAccount { Id = "conv-9" },
        From = new ChannelAccount { Id = "user-9" },
        Recipient = new ChannelAccount { Id = "coachbot" },
    };
}

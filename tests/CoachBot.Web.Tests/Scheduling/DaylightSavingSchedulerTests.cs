using System.Globalization;
using CoachBot.Coaching.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>
/// The real scheduler ticking every minute on a fake clock across the clock changes of 2026: each person gets
/// exactly one prompt per local day, at the right instant, including times skipped or repeated by the change.
/// </summary>
public sealed class DaylightSavingSchedulerTests
{
    public static TheoryData<string, string, string, string> Changes => new()
    {
        // zone, local date of the change, check-in time, the prompt's instant that day.
        { "Europe/London", "2026-03-29", "01:30", "2026-03-29T01:00:00Z" },
        { "Europe/London", "2026-03-29", "08:00", "2026-03-29T07:00:00Z" },
        { "Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30:00Z" },
        { "Europe/London", "2026-10-25", "08:00", "2026-10-25T08:00:00Z" },
        { "America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00:00Z" },
        { "America/New_York", "2026-03-08", "08:00", "2026-03-08T12:00:00Z" },
        { "America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z" },
        { "America/New_York", "2026-11-01", "08:00", "2026-11-01T13:00:00Z" },
        { "Australia/Lord_Howe", "2026-04-05", "01:45", "2026-04-04T14:45:00Z" },
        { "Australia/Lord_Howe", "2026-04-05", "08:00", "2026-04-04T21:30:00Z" },
        { "Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-03T15:30:00Z" },
        { "Australia/Lord_Howe", "2026-10-04", "08:00", "2026-10-03T21:00:00Z" },
        { "Asia/Kolkata", "2026-03-29", "08:00", "2026-03-29T02:30:00Z" },
        { "Asia/Kolkata", "2026-10-25", "08:00", "2026-10-25T02:30:00Z" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Each_local_day_around_a_clock_change_gets_one_prompt_at_the_right_instant(string zone, string changeDate, string time, string expectedOnChangeDay)
    {
        Assert.True(PromptSchedule.TryFindZone(zone, out var timeZone));
        var change = DateOnly.Parse(changeDate, CultureInfo.InvariantCulture);
        var checkInTime = TimeOnly.Parse(time, CultureInfo.InvariantCulture);
        var start = PromptSchedule.DailyInstant(change.AddDays(-1), new TimeOnly(0, 0), timeZone);
        var end = PromptSchedule.DailyInstant(change.AddDays(2), new TimeOnly(0, 0), timeZone);
        var clock = new FakeTimeProvider(start);
        var store = new MemoryStore();
        var connector = new RecordingConnector(clock);
        await using var rig = SchedulerRig.Create(store, clock, connector);
        await SchedulerRig.SeedAsync(store, SchedulerRig.KeyOf("sam"), SchedulerRig.Person("sam", zone, checkInTime), start);

        await rig.RunMinutesAsync(end);

        var sent = connector.Sent.ToList();
        var days = sent.Select(s => PromptSchedule.LocalDate(s.At, timeZone)).ToList();
        Assert.Equal([change.AddDays(-1), change, change.AddDays(1)], days);
        Assert.Equal(DateTimeOffset.Parse(expectedOnChangeDay, CultureInfo.InvariantCulture), sent[1].At);
        Assert.All(sent, s => Assert.Equal(PromptSchedule.DailyInstant(PromptSchedule.LocalDate(s.At, timeZone), checkInTime, timeZone), s.At));
        Assert.All(sent, s => Assert.Equal("conv-sam", s.ConversationId));
    }
}

using CoachBot.Coaching.Scheduling;

namespace CoachBot.Coaching.Tests.Scheduling;

/// <summary>The prompt's instant around the clock changes of 2026, in zones with one-hour, half-hour and no daylight saving.</summary>
public sealed class DaylightSavingTests
{
    public static TheoryData<string, int, int, int, int, int, string> Instants => new()
    {
        // A time skipped when the clocks go forward is sent at the first minute that exists after the jump.
        { "Europe/London", 2026, 3, 29, 1, 30, "2026-03-29T01:00:00Z" },
        { "America/New_York", 2026, 3, 8, 2, 30, "2026-03-08T07:00:00Z" },
        { "Australia/Lord_Howe", 2026, 10, 4, 2, 15, "2026-10-03T15:30:00Z" },

        // A time repeated when the clocks go back is sent once, at its first pass.
        { "Europe/London", 2026, 10, 25, 1, 30, "2026-10-25T00:30:00Z" },
        { "America/New_York", 2026, 11, 1, 1, 30, "2026-11-01T05:30:00Z" },
        { "Australia/Lord_Howe", 2026, 4, 5, 1, 45, "2026-04-04T14:45:00Z" },

        // Ordinary mornings on either side of the changes.
        { "Europe/London", 2026, 3, 28, 8, 0, "2026-03-28T08:00:00Z" },
        { "Europe/London", 2026, 3, 29, 8, 0, "2026-03-29T07:00:00Z" },
        { "America/New_York", 2026, 11, 1, 8, 0, "2026-11-01T13:00:00Z" },
        { "Australia/Lord_Howe", 2026, 4, 5, 8, 0, "2026-04-04T21:30:00Z" },
        { "Australia/Lord_Howe", 2026, 10, 4, 8, 0, "2026-10-03T21:00:00Z" },
        { "Asia/Kolkata", 2026, 3, 29, 8, 0, "2026-03-29T02:30:00Z" },
        { "Asia/Kolkata", 2026, 10, 25, 7, 45, "2026-10-25T02:15:00Z" },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void The_daily_instant_follows_the_clock_change_rules(string zone, int year, int month, int day, int hour, int minute, string expected)
    {
        Assert.True(PromptSchedule.TryFindZone(zone, out var timeZone));

        var instant = PromptSchedule.DailyInstant(new DateOnly(year, month, day), new TimeOnly(hour, minute), timeZone);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    public static TheoryData<string, int, int> ZonesAndTimes => new()
    {
        { "Europe/London", 1, 30 },
        { "Europe/London", 8, 0 },
        { "America/New_York", 2, 30 },
        { "America/New_York", 1, 30 },
        { "Australia/Lord_Howe", 2, 15 },
        { "Australia/Lord_Howe", 1, 45 },
        { "Asia/Kolkata", 8, 0 },
    };

    [Theory]
    [MemberData(nameof(ZonesAndTimes))]
    public void Through_a_whole_year_every_local_day_gets_exactly_one_prompt(string zone, int hour, int minute)
    {
        var user = ScheduledUsers.Create(zone, new TimeOnly(hour, minute));
        Assert.True(PromptSchedule.TryFindZone(zone, out var timeZone));
        var from = ScheduledUsers.Utc(2026, 1, 1, 0, 0);
        var end = ScheduledUsers.Utc(2027, 1, 1, 0, 0);
        var dates = new List<DateOnly>();

        while (PromptSchedule.NextDue(user, from) is { } due && due.Instant < end)
        {
            Assert.Equal(0, due.Instant.Ticks % TimeSpan.TicksPerMinute);
            Assert.Equal(PromptSchedule.DailyInstant(due.LocalDate, user.Profile.CheckInTime!.Value, timeZone), due.Instant);
            dates.Add(due.LocalDate);
            PromptSchedule.RecordSent(user, due, due.Instant);

            // Someone who answers every prompt never backs off.
            user.Prompts.Unanswered = 0;
            from = due.Instant.AddMinutes(1);
        }

        Assert.Equal(dates.Distinct().Count(), dates.Count);
        for (var i = 1; i < dates.Count; i++)
        {
            Assert.Equal(dates[i - 1].AddDays(1), dates[i]);
        }

        Assert.InRange(dates.Count, 364, 366);
    }
}

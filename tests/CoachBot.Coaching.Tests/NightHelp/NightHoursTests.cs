using CoachBot.Coaching.NightHelp;

namespace CoachBot.Coaching.Tests.NightHelp;

public sealed class NightHoursTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Theory]
    [InlineData("2026-07-01T19:59:00Z", false)] // 20:59 British Summer Time
    [InlineData("2026-07-01T20:00:00Z", true)] // 21:00
    [InlineData("2026-07-01T23:30:00Z", true)] // 00:30 the next day
    [InlineData("2026-07-02T04:59:00Z", true)] // 05:59
    [InlineData("2026-07-02T05:00:00Z", false)] // 06:00
    [InlineData("2026-11-25T02:00:00Z", true)] // 02:00 GMT
    [InlineData("2026-11-25T14:00:00Z", false)] // 14:00 GMT
    public void Night_runs_from_nine_in_the_evening_to_six_in_the_morning_on_the_persons_clock(string utc, bool night)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(night, NightHours.IsNight(now, London));
    }
}

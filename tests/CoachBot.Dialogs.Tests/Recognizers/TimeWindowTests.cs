using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Tests.Recognizers;

public sealed class TimeWindowTests
{
    [Theory]
    [InlineData(18, 0, true)]
    [InlineData(23, 30, true)]
    [InlineData(0, 0, true)]
    [InlineData(5, 59, true)]
    [InlineData(6, 0, false)]
    [InlineData(17, 59, false)]
    public void The_bed_time_window_wraps_past_midnight(int hour, int minute, bool inside)
    {
        Assert.Equal(inside, TimeWindow.BedTime.Contains(new TimeOnly(hour, minute)));
    }

    [Theory]
    [InlineData(4, 0, true)]
    [InlineData(13, 59, true)]
    [InlineData(3, 59, false)]
    [InlineData(14, 0, false)]
    public void The_waking_window_runs_from_four_to_just_before_two(int hour, int minute, bool inside)
    {
        Assert.Equal(inside, TimeWindow.Waking.Contains(new TimeOnly(hour, minute)));
    }
}

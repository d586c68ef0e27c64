using System.Globalization;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Tests.Recognizers;

public sealed class TimeOfDayRecognizerTests
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo American = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void A_bare_hour_without_a_window_offers_both_readings_morning_first()
    {
        var result = TimeOfDayRecognizer.Recognize("11", British);

        Assert.Equal(RecognitionKind.Ambiguous, result.Kind);
        Assert.Equal(new TimeOnly(11, 0), result.Value);
        Assert.Equal(new TimeOnly(23, 0), result.Alternative);
    }

    [Fact]
    public void The_items_window_settles_a_bare_hour_when_only_one_reading_fits()
    {
        Assert.Equal(new TimeOnly(23, 0), TimeOfDayRecognizer.Recognize("11", British, TimeWindow.BedTime).Value);
        Assert.Equal(new TimeOnly(11, 0), TimeOfDayRecognizer.Recognize("11", British, TimeWindow.Waking).Value);
    }

    [Fact]
    public void A_bare_hour_that_fits_both_readings_of_a_shift_workers_window_is_asked_about()
    {
        var anyTime = new TimeWindow(new TimeOnly(0, 0), new TimeOnly(23, 59));

        var result = TimeOfDayRecognizer.Recognize("8", British, anyTime);

        Assert.Equal(Recognition.Ambiguous(new TimeOnly(8, 0), new TimeOnly(20, 0)), result);
    }

    [Fact]
    public void A_bare_hour_that_fits_neither_reading_of_the_window_is_asked_about()
    {
        var result = TimeOfDayRecognizer.Recognize("3", British, TimeWindow.Waking);

        Assert.Equal(Recognition.Ambiguous(new TimeOnly(3, 0), new TimeOnly(15, 0)), result);
    }

    [Fact]
    public void An_explicit_time_outside_the_window_is_kept_for_the_plausibility_check()
    {
        var result = TimeOfDayRecognizer.Recognize("3pm", British, TimeWindow.BedTime);

        Assert.Equal(Recognition.Recognized(new TimeOnly(15, 0)), result);
    }

    [Fact]
    public void Half_eleven_is_half_past_eleven_in_britain_and_asked_again_in_the_us()
    {
        Assert.Equal(new TimeOnly(23, 30), TimeOfDayRecognizer.Recognize("half eleven", British, TimeWindow.BedTime).Value);
        Assert.Equal(RecognitionKind.NotRecognized, TimeOfDayRecognizer.Recognize("half eleven", American, TimeWindow.BedTime).Kind);
        Assert.Equal(new TimeOnly(23, 30), TimeOfDayRecognizer.Recognize("half past eleven", American, TimeWindow.BedTime).Value);
    }

    [Theory]
    [InlineData("around midnight")]
    [InlineData("1ish")]
    [InlineData("about 11")]
    [InlineData("11-ish")]
    [InlineData("roughly 10:30")]
    public void Hedged_times_are_marked_approximate(string answer)
    {
        var result = TimeOfDayRecognizer.Recognize(answer, British, TimeWindow.BedTime);

        Assert.Equal(RecognitionKind.Recognized, result.Kind);
        Assert.True(result.IsApproximate);
    }

    [Theory]
    [InlineData("11pm")]
    [InlineData("quarter past 11")]
    [InlineData("20 after 11")]
    public void Plain_times_are_not_marked_approximate(string answer)
    {
        Assert.False(TimeOfDayRecognizer.Recognize(answer, American, TimeWindow.BedTime).IsApproximate);
    }

    [Fact]
    public void Pm_settles_a_time_without_the_window()
    {
        Assert.Equal(Recognition.Recognized(new TimeOnly(23, 30)), TimeOfDayRecognizer.Recognize("11.30 pm", British));
    }

    [Fact]
    public void A_twenty_four_hour_time_is_never_ambiguous()
    {
        Assert.Equal(Recognition.Recognized(new TimeOnly(7, 30)), TimeOfDayRecognizer.Recognize("0730", British));
        Assert.Equal(Recognition.Recognized(new TimeOnly(23, 15)), TimeOfDayRecognizer.Recognize("23:15", British));
    }

    [Fact]
    public void Noise_around_the_time_is_ignored()
    {
        var result = TimeOfDayRecognizer.Recognize("\u0007 I think about 11pm? 🙃 \u0000", British, TimeWindow.BedTime);

        Assert.Equal(Recognition.Recognized(new TimeOnly(23, 0), approximate: true), result);
    }

    [Fact]
    public void Only_the_start_of_a_very_long_answer_is_read()
    {
        var result = TimeOfDayRecognizer.Recognize("11pm " + new string('9', 10_000), British, TimeWindow.BedTime);

        Assert.Equal(Recognition.Recognized(new TimeOnly(23, 0)), result);
    }

    [Fact]
    public void Two_different_times_in_one_answer_are_asked_again()
    {
        var result = TimeOfDayRecognizer.Recognize("went up at 10, asleep by 11:30", British, TimeWindow.BedTime);

        Assert.Equal(RecognitionKind.NotRecognized, result.Kind);
    }

    [Fact]
    public void Minutes_mentioned_alongside_the_time_are_not_a_second_time()
    {
        var result = TimeOfDayRecognizer.Recognize("11, read for 20 mins", British, TimeWindow.BedTime);

        Assert.Equal(Recognition.Recognized(new TimeOnly(23, 0)), result);
    }

    [Fact]
    public void Dont_know_counts_as_unknown()
    {
        Assert.Equal(RecognitionKind.Unknown, TimeOfDayRecognizer.Recognize("no idea", British, TimeWindow.BedTime).Kind);
    }
}

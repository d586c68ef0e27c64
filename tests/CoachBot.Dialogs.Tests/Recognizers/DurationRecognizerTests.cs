using System.Globalization;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Tests.Recognizers;

public sealed class DurationRecognizerTests
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("1h15", 75)]
    [InlineData("1:15", 75)]
    [InlineData("1 hour 15", 75)]
    [InlineData("an hour and a half", 90)]
    [InlineData("half an hour", 30)]
    [InlineData("90", 90)]
    public void Hours_and_minutes_in_any_common_form_come_back_as_minutes(string answer, int minutes)
    {
        Assert.Equal(Recognition.Recognized(minutes), DurationRecognizer.Recognize(answer, British));
    }

    [Fact]
    public void A_range_reads_as_its_midpoint_and_is_approximate()
    {
        Assert.Equal(Recognition.Recognized(25, approximate: true), DurationRecognizer.Recognize("20-30", British));
    }

    [Fact]
    public void A_unit_written_once_after_a_range_applies_to_both_ends()
    {
        Assert.Equal(Recognition.Recognized(90, approximate: true), DurationRecognizer.Recognize("1-2 hours", British));
    }

    [Theory]
    [InlineData("straight away")]
    [InlineData("immediately")]
    [InlineData("none")]
    public void Falling_asleep_at_once_is_zero_minutes(string answer)
    {
        Assert.Equal(Recognition.Recognized(0), DurationRecognizer.Recognize(answer, British));
    }

    [Theory]
    [InlineData("ages")]
    [InlineData("forever")]
    public void Ages_is_a_real_answer_without_a_number_so_the_dialog_asks_for_a_rough_one(string answer)
    {
        Assert.Equal(Recognition.Of<int>(RecognitionKind.Vague), DurationRecognizer.Recognize(answer, British));
    }

    [Theory]
    [InlineData("no idea")]
    [InlineData("don't know")]
    [InlineData("dunno")]
    public void Not_knowing_is_unknown_which_the_dialog_treats_as_skipped(string answer)
    {
        Assert.Equal(Recognition.Of<int>(RecognitionKind.Unknown), DurationRecognizer.Recognize(answer, British));
    }

    [Fact]
    public void A_number_given_after_not_knowing_is_kept_as_an_estimate()
    {
        Assert.Equal(Recognition.Recognized(20, approximate: true), DurationRecognizer.Recognize("not sure, maybe 20", British));
    }

    [Fact]
    public void A_decimal_without_a_unit_is_asked_again_because_hours_and_minutes_differ()
    {
        Assert.Equal(RecognitionKind.NotRecognized, DurationRecognizer.Recognize("1.5", British).Kind);
    }

    [Fact]
    public void A_negative_duration_is_out_of_range()
    {
        Assert.Equal(RecognitionKind.OutOfRange, DurationRecognizer.Recognize("-20", British).Kind);
    }
}

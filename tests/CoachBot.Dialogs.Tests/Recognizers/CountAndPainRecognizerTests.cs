using System.Globalization;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Tests.Recognizers;

public sealed class CountAndPainRecognizerTests
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("three", 3)]
    [InlineData("3 times", 3)]
    [InlineData("once", 1)]
    [InlineData("twice", 2)]
    [InlineData("zero", 0)]
    [InlineData("no", 0)]
    public void Counts_in_words_and_digits_read_as_numbers(string answer, int count)
    {
        Assert.Equal(Recognition.Recognized(count), CountRecognizer.Recognize(answer, British));
    }

    [Fact]
    public void A_couple_is_two_and_a_few_is_three_both_approximate()
    {
        Assert.Equal(Recognition.Recognized(2, approximate: true), CountRecognizer.Recognize("a couple", British));
        Assert.Equal(Recognition.Recognized(3, approximate: true), CountRecognizer.Recognize("a few", British));
    }

    [Fact]
    public void Not_once_is_none_rather_than_one()
    {
        Assert.Equal(Recognition.Recognized(0), CountRecognizer.Recognize("not once", British));
    }

    [Theory]
    [InlineData("6", 6)]
    [InlineData("6/10", 6)]
    [InlineData("6 out of 10", 6)]
    [InlineData("seven", 7)]
    public void A_pain_score_reads_from_any_common_form(string answer, int score)
    {
        Assert.Equal(Recognition.Recognized(score), PainScoreRecognizer.Recognize(answer, British));
    }

    [Fact]
    public void About_a_seven_is_seven_marked_approximate()
    {
        Assert.Equal(Recognition.Recognized(7, approximate: true), PainScoreRecognizer.Recognize("about a 7", British));
    }

    [Theory]
    [InlineData("6-7")]
    [InlineData("6 or 7")]
    public void A_score_between_two_points_asks_which_is_closer(string answer)
    {
        Assert.Equal(Recognition.Ambiguous(6, 7), PainScoreRecognizer.Recognize(answer, British));
    }

    [Theory]
    [InlineData("really bad")]
    [InlineData("terrible")]
    [InlineData("awful")]
    [InlineData("mild")]
    public void Describing_words_ask_once_for_a_number(string answer)
    {
        Assert.Equal(Recognition.Of<int>(RecognitionKind.Descriptive), PainScoreRecognizer.Recognize(answer, British));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("no pain")]
    public void No_pain_is_a_score_of_zero(string answer)
    {
        Assert.Equal(Recognition.Recognized(0), PainScoreRecognizer.Recognize(answer, British));
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    public void A_score_off_the_scale_is_out_of_range(string answer)
    {
        Assert.Equal(Recognition.Of<int>(RecognitionKind.OutOfRange), PainScoreRecognizer.Recognize(answer, British));
    }

    [Fact]
    public void A_score_on_another_scale_is_not_converted()
    {
        Assert.Equal(RecognitionKind.NotRecognized, PainScoreRecognizer.Recognize("3/5", British).Kind);
    }
}

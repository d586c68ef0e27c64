using System.Globalization;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Tests.Recognizers;

public sealed class YesNoRecognizerTests
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("yes")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("y")]
    [InlineData("sure")]
    [InlineData("ok")]
    [InlineData("\U0001F44D")]
    public void Every_everyday_yes_reads_as_yes(string answer)
    {
        Assert.Equal(Recognition.Recognized(true), YesNoRecognizer.Recognize(answer, British));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("n")]
    [InlineData("not really")]
    public void Every_everyday_no_reads_as_no(string answer)
    {
        Assert.Equal(Recognition.Recognized(false), YesNoRecognizer.Recognize(answer, British));
    }

    [Fact]
    public void Yes_and_no_in_one_answer_is_ambiguous()
    {
        Assert.Equal(Recognition.Ambiguous(true, false), YesNoRecognizer.Recognize("yeah... no", British));
    }

    [Fact]
    public void Sort_of_is_neither_yes_nor_no()
    {
        Assert.Equal(RecognitionKind.Vague, YesNoRecognizer.Recognize("sort of", British).Kind);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Tests.Recognizers;

public sealed class RobustnessTests
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");
    private static readonly Choice[] Choices = [new("yes", "yes"), new("no", "no")];

    public static TheoryData<string> Awkward =>
    [
        string.Empty,
        "   ",
        "\0\u0001\u001b[31m\u007f",
        "\uD83D",
        "\uDC4D\uD83D",
        "-",
        "- - - / : . ~",
        "99999999999999999999:99999999999999",
        "0.0000000000000001 hours",
        "between and",
        "half",
        "quarter to",
        "a a a a an an",
        "and a half and a half and a half",
        new string('1', 10_000),
        string.Concat(Enumerable.Repeat("half past ", 1_000)),
        string.Concat(Enumerable.Repeat("\U0001F44D", 5_000)),
    ];

    [Theory]
    [MemberData(nameof(Awkward))]
    public void No_recognizer_throws_on_awkward_input(string answer)
    {
        AssertEveryRecognizerAnswers(answer);
    }

    [Fact]
    public void A_missing_answer_is_not_recognized()
    {
        AssertEveryRecognizerAnswers(null);
        Assert.Equal(RecognitionKind.NotRecognized, DurationRecognizer.Recognize(null, British).Kind);
    }

    [Fact]
    public void No_recognizer_throws_on_random_text()
    {
        var random = new Random(20261124);
        const string Alphabet = "0123456789 :.-/~&+½aehmnoprstuxy'’\u0000\u2013\U0001F44D";
        for (var n = 0; n < 2_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(0, 40); k > 0; k--)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            AssertEveryRecognizerAnswers(text.ToString());
        }
    }

    [Fact]
    public void Ten_kilobytes_of_text_is_read_quickly()
    {
        var longAnswer = string.Concat(Enumerable.Repeat("about 11pm or 1h15 or 6/10, ", 400));
        var clock = Stopwatch.StartNew();

        for (var n = 0; n < 100; n++)
        {
            AssertEveryRecognizerAnswers(longAnswer);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"100 rounds took {clock.Elapsed}");
    }

    private static void AssertEveryRecognizerAnswers(string? answer)
    {
        Assert.True(Enum.IsDefined(TimeOfDayRecognizer.Recognize(answer, British, TimeWindow.BedTime).Kind));
        Assert.True(Enum.IsDefined(DurationRecognizer.Recognize(answer, British).Kind));
        Assert.True(Enum.IsDefined(CountRecognizer.Recognize(answer, British).Kind));
        Assert.True(Enum.IsDefined(PainScoreRecognizer.Recognize(answer, British).Kind));
        Assert.True(Enum.IsDefined(YesNoRecognizer.Recognize(answer, British).Kind));
        Assert.True(Enum.IsDefined(ChoiceRecognizer.Recognize(answer, Choices, British).Kind));
    }
}

using System.Globalization;

namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// Reads a small count (wakings, naps): "3", "three", "3 times", "once", "twice", "a couple"
/// (2), "a few" (3), "none" (0); "2-3" is <see cref="RecognitionKind.Ambiguous"/>, "lots"
/// <see cref="RecognitionKind.Vague"/>.
/// </summary>
public static class CountRecognizer
{
    /// <summary>Phrases that would otherwise read as a number: "not once" is none, "more than once" is unsaid.</summary>
    private static readonly PhraseList ZeroDespiteNumber = new(["not once", "not even once", "never once", "not one", "not a single"]);
    private static readonly PhraseList VagueDespiteNumber = new(["more than once", "more than twice", "more than a few", "more than a couple", "lost count"]);

    private static readonly PhraseList Vague = new(
    [
        "lots", "loads", "many", "a lot", "several", "countless", "too many", "constantly", "all night", "every hour",
        "on and off", "plenty", "dozens", "numerous", "a bunch", "a handful", "multiple", "non stop", "nonstop",
        "frequently", "often", "a number of times", "some",
    ]);

    private static readonly PhraseList Zero = new(
    [
        "none", "no", "zero", "nil", "nope", "nah", "never", "didnt", "did not", "nothing", "not at all", "slept through",
        "nada",
    ]);

    public static Recognition<int> Recognize(string? text, CultureInfo culture)
    {
        var answer = AnswerText.From(text, culture).Without(CommonPhrases.DontKnow, out var unsure);
        var hedged = unsure || answer.ContainsAny(CommonPhrases.Approximate);
        if (answer.ContainsAny(ZeroDespiteNumber))
        {
            return Recognition.Recognized(0, hedged);
        }

        if (answer.ContainsAny(VagueDespiteNumber))
        {
            return Recognition.Of<int>(RecognitionKind.Vague);
        }

        var expressions = CountExpressions.Read(answer);
        if (expressions.Counts is [var first, ..] counts)
        {
            if (expressions.IsUnreadable || counts.Any(c => c != first))
            {
                return Recognition.Of<int>(RecognitionKind.NotRecognized);
            }

            if (expressions.IsNegative)
            {
                return Recognition.Of<int>(RecognitionKind.OutOfRange);
            }

            var approximate = hedged || expressions.IsLoose;
            return first.Low == first.High
                ? Recognition.Recognized(first.Low, approximate)
                : Recognition.Ambiguous(first.Low, first.High, approximate);
        }

        if (answer.ContainsAny(Vague))
        {
            return Recognition.Of<int>(RecognitionKind.Vague);
        }

        if (answer.ContainsAny(Zero))
        {
            return Recognition.Recognized(0, hedged);
        }

        return Recognition.Of<int>(unsure ? RecognitionKind.Unknown : RecognitionKind.NotRecognized);
    }
}

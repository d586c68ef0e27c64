using System.Globalization;

namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// Reads a 0-10 pain rating (NRS): "6", "6/10", "6 out of 10", "about a 7", "seven". "6-7"
/// and "6.5" are <see cref="RecognitionKind.Ambiguous"/> (closer to 6 or 7?); "really bad" is
/// <see cref="RecognitionKind.Descriptive"/>; "none" and "no pain" are 0; 11 or -1 are
/// <see cref="RecognitionKind.OutOfRange"/>.
/// </summary>
public static class PainScoreRecognizer
{
    public const int Max = 10;

    private static readonly PhraseList Descriptive = new(
    [
        "bad", "terrible", "awful", "mild", "severe", "agony", "agonising", "agonizing", "excruciating", "unbearable",
        "horrendous", "horrible", "dreadful", "moderate", "manageable", "ok", "okay", "fine", "alright", "better",
        "worse", "sore", "aching", "achy", "painful", "hurts", "hurting", "throbbing", "high", "low", "slight", "rough",
        "grim", "worst", "same", "usual", "great", "good", "meh", "intense", "sharp", "dull", "niggle", "niggly",
        "stiff", "tender", "killing", "brutal", "bearable", "tolerable", "minimal", "extreme", "little", "a bit",
        "a lot", "lots", "loads", "nasty", "hell", "crippling", "stabbing", "burning",
    ]);

    /// <summary>Said plainly enough to win over a describing word: "no pain, feeling fine" is 0.</summary>
    private static readonly PhraseList PlainZero = new(["none", "no pain", "zero", "nil", "nothing", "pain free", "painfree", "nada"]);

    private static readonly PhraseList Zero = new(["no", "not at all", "free"]);

    public static Recognition<int> Recognize(string? text, CultureInfo culture)
    {
        var answer = AnswerText.From(text, culture).Without(CommonPhrases.DontKnow, out var unsure);
        var hedged = unsure || answer.ContainsAny(CommonPhrases.Approximate);
        var scores = PainScores.Read(answer);
        if (scores.Ratings is [var first, ..] ratings)
        {
            if (scores.IsUnreadable || ratings.Any(r => r != first))
            {
                return Recognition.Of<int>(RecognitionKind.NotRecognized);
            }

            if (scores.IsNegative || first.High > Max)
            {
                return Recognition.Of<int>(RecognitionKind.OutOfRange);
            }

            return first.Low == first.High
                ? Recognition.Recognized(first.Low, hedged)
                : Recognition.Ambiguous(first.Low, first.High, hedged);
        }

        if (answer.ContainsAny(PlainZero))
        {
            return Recognition.Recognized(0, hedged);
        }

        if (answer.ContainsAny(Descriptive))
        {
            return Recognition.Of<int>(RecognitionKind.Descriptive);
        }

        if (answer.ContainsAny(Zero))
        {
            return Recognition.Recognized(0, hedged);
        }

        return Recognition.Of<int>(unsure ? RecognitionKind.Unknown : RecognitionKind.NotRecognized);
    }
}

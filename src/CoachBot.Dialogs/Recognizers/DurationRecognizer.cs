using System.Globalization;

namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// Reads a length of time in whole minutes: "20", "20 mins", "1h15", "1:15", "an hour and a
/// half", "half an hour", "20-30" (25), "straight away" (0); "ages" is
/// <see cref="RecognitionKind.Vague"/>, "no idea" <see cref="RecognitionKind.Unknown"/>.
/// </summary>
public static class DurationRecognizer
{
    /// <summary>Nothing in one night lasts longer than a day; a bigger number is a slip.</summary>
    private const int MaxMinutes = 24 * 60;

    private static readonly PhraseList Vague = new(
    [
        "ages", "age", "forever", "for ever", "eternity", "a long time", "long time", "a long while", "a while", "while",
        "too long", "hours", "hrs", "minutes", "mins", "hours and hours", "all night", "most of the night", "half the night",
        "not long", "didnt take long", "did not take long", "not very long", "a bit", "a little while", "a short while",
        "quite a while", "some time", "sometime", "a good while", "loads", "lots", "a lot", "long", "quick", "quickly",
        "fast", "a couple", "couple", "a few", "few", "several", "many", "ages and ages",
    ]);

    private static readonly PhraseList Zero = new(
    [
        "straight away", "straightaway", "immediately", "right away", "instantly", "at once", "none", "no time",
        "zero", "nil", "nothing", "no", "nope", "not at all", "didnt", "did not", "out like a light", "seconds",
        "in seconds", "never", "nada",
    ]);

    public static Recognition<int> Recognize(string? text, CultureInfo culture)
    {
        var answer = AnswerText.From(text, culture).Without(CommonPhrases.DontKnow, out var unsure);
        var expressions = DurationExpressions.Read(answer);
        if (expressions.IsUnreadable)
        {
            return Recognition.Of<int>(RecognitionKind.NotRecognized);
        }

        var hedged = unsure || answer.ContainsAny(CommonPhrases.Approximate);
        if (expressions.Values is [var first, ..] values)
        {
            if (expressions.IsNegative || values.Any(v => v > MaxMinutes))
            {
                return Recognition.Of<int>(RecognitionKind.OutOfRange);
            }

            // "20 mins, then another 40" is two answers in one: ask again rather than pick.
            if (values.Any(v => Math.Abs(v - first) >= 0.5))
            {
                return Recognition.Of<int>(RecognitionKind.NotRecognized);
            }

            var minutes = (int)Math.Round(first, MidpointRounding.AwayFromZero);
            return Recognition.Recognized(minutes, hedged || expressions.IsRange || expressions.IsLoose);
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

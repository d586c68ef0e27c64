using System.Globalization;

namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// Reads a clock time from an answer: "11pm", "23:15", "2330", "11.30 pm", "half eleven",
/// "quarter to 7", "around midnight", "1ish", "7 in the morning".
/// </summary>
public static class TimeOfDayRecognizer
{
    private static readonly PhraseList Hedges = CommonPhrases.Approximate.With(
    [
        "just after", "just before", "shortly after", "shortly before", "a bit after",
        "a bit before", "a little after", "a little before", "sometime after", "not long after", "not long before",
    ]);

    /// <param name="window">
    /// Where this item's answers usually fall (<see cref="TimeWindow.BedTime"/>,
    /// <see cref="TimeWindow.Waking"/>). It settles a bare "11" when exactly one reading fits;
    /// otherwise, or without a window, the result is <see cref="RecognitionKind.Ambiguous"/>
    /// with the morning reading first.
    /// </param>
    public static Recognition<TimeOnly> Recognize(string? text, CultureInfo culture, TimeWindow? window = null)
    {
        var answer = AnswerText.From(text, culture).Without(CommonPhrases.DontKnow, out var unsure);
        var expressions = ClockExpressions.Read(answer, halfMeansHalfPast: !UsesUsClock(culture));
        if (expressions.IsUnreadable)
        {
            return Recognition.Of<TimeOnly>(RecognitionKind.NotRecognized);
        }

        var candidates = expressions.Candidates;
        if (candidates.Count == 0)
        {
            return Recognition.Of<TimeOnly>(unsure ? RecognitionKind.Unknown : RecognitionKind.NotRecognized);
        }

        var approximate = unsure || expressions.IsRange || answer.ContainsAny(Hedges);
        if (candidates.Count == 1)
        {
            return Recognition.Recognized(candidates[0], approximate);
        }

        if (window is { } fit && candidates.Where(fit.Contains).ToList() is [var only])
        {
            return Recognition.Recognized(only, approximate);
        }

        return Recognition.Ambiguous(candidates[0], candidates[1], approximate);
    }

    /// <summary>
    /// "half eleven" means 11:30 in Britain and Ireland but is not American usage, where some
    /// readers take it as 10:30; in the US it is asked again rather than guessed.
    /// </summary>
    private static bool UsesUsClock(CultureInfo culture) =>
        culture.Name.EndsWith("-US", StringComparison.OrdinalIgnoreCase);
}

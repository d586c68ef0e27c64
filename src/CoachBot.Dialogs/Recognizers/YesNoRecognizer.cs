using System.Globalization;

namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// Reads yes or no with their everyday forms ("yeah", "yep", "sure", "ok", "👍"; "nope",
/// "nah", "not really"). "sort of" is <see cref="RecognitionKind.Vague"/>; a yes and a no
/// together are <see cref="RecognitionKind.Ambiguous"/> (true first).
/// </summary>
public static class YesNoRecognizer
{
    private static readonly PhraseList Yes = new(
    [
        "yes", "yeah", "yea", "yeh", "yep", "yup", "ya", "yah", "yh", "y", "sure", "ok", "okay", "k", "kk", "alright",
        "all right", "fine", "of course", "course", "definitely", "absolutely", "certainly", "indeed", "correct", "right",
        "thats right", "affirmative", "please", "yes please", "go on", "go ahead", "i did", "did", "i have", "done",
        "true", "aye", "yass", "yas", "totally", "for sure", "sounds good",
    ]);

    private static readonly PhraseList No = new(
    [
        "no", "nope", "nah", "naw", "n", "not really", "no thanks", "no thank you", "not at all", "never", "didnt",
        "i didnt", "did not", "i did not", "havent", "have not", "negative", "not today", "no way", "not yet",
        "of course not", "definitely not", "absolutely not", "certainly not", "false", "nay", "not this time", "not now",
        "not right now",
    ]);

    private static readonly PhraseList InBetween = new(
    [
        "sort of", "sorta", "kind of", "kinda", "partly", "partially", "somewhat", "maybe", "perhaps", "half", "ish",
        "more or less", "yes and no", "not fully", "not completely", "a bit of both",
    ]);

    private static readonly string[] YesSymbols = ["\U0001F44D", "\U0001F44C", "\u2705", "\u2714", "\u2611"];
    private static readonly string[] NoSymbols = ["\U0001F44E", "\u274C", "\u2716", "\u274E"];

    public static Recognition<bool> Recognize(string? text, CultureInfo culture)
    {
        var raw = AnswerText.Truncate(text);
        var answer = AnswerText.From(raw, culture).Without(CommonPhrases.DontKnow, out var unsure);
        var yes = YesSymbols.Any(s => raw.Contains(s, StringComparison.Ordinal));
        var no = NoSymbols.Any(s => raw.Contains(s, StringComparison.Ordinal));
        var inBetween = false;
        for (var i = 0; i < answer.Count;)
        {
            // The longest phrase wins, so "not really" is a no and "of course not" isn't a yes.
            var lengths = (Yes: answer.MatchAny(i, Yes), No: answer.MatchAny(i, No), InBetween: answer.MatchAny(i, InBetween));
            var longest = Math.Max(lengths.Yes, Math.Max(lengths.No, lengths.InBetween));
            if (longest == 0)
            {
                i++;
                continue;
            }

            yes |= lengths.Yes == longest;
            no |= lengths.No == longest && lengths.Yes != longest;
            inBetween |= lengths.InBetween == longest && lengths.Yes != longest && lengths.No != longest;
            i += longest;
        }

        return (yes, no, inBetween) switch
        {
            (_, _, true) => Recognition.Of<bool>(RecognitionKind.Vague),
            (true, true, _) => Recognition.Ambiguous(true, false),
            (true, false, _) => Recognition.Recognized(true),
            (false, true, _) => Recognition.Recognized(false),
            _ => Recognition.Of<bool>(unsure ? RecognitionKind.Unknown : RecognitionKind.NotRecognized),
        };
    }
}

using System.Globalization;
using System.Text;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Coaching.Onboarding;

/// <summary>
/// The morning check-in time: a clock time between 4am and 2pm ("7.30", "8am", "half seven"), or the
/// usual 8am for "default", "the usual", "yes" and the like. A time outside the morning is re-asked.
/// </summary>
internal sealed class CheckInTimePrompt : Prompt<TimeOnly>
{
    private readonly string[] _defaultPhrases;

    public CheckInTimePrompt(string id, PromptMessages<TimeOnly> messages, IEnumerable<string> defaultPhrases)
        : base(id, messages, DialogsJson.Default.TimeOnly)
    {
        _defaultPhrases = [.. defaultPhrases.Select(Normalize).Where(p => p.Length > 0)];
    }

    /// <summary>When a morning check-in can go out; a bare "9" is read inside it (9am, not 9pm).</summary>
    public static TimeWindow Morning { get; } = new(new TimeOnly(4, 0), new TimeOnly(14, 0));

    /// <summary>The time suggested to everyone, and used when no time could be read.</summary>
    public static TimeOnly Usual { get; } = new(8, 0);

    protected override Recognition<TimeOnly> Recognize(string text, string? locale)
    {
        var culture = PersonCulture.From(locale);
        var time = TimeOfDayRecognizer.Recognize(text, culture, Morning);
        switch (time.Kind)
        {
            case RecognitionKind.Recognized when time.Value is { } value && Morning.Contains(value):
                return Recognition.Recognized(value, time.IsApproximate);
            case RecognitionKind.Recognized or RecognitionKind.Ambiguous:
                // With the morning window a reading is ambiguous only when neither half of the day fits.
                return Recognition.Of<TimeOnly>(RecognitionKind.OutOfRange);
            default:
                break;
        }

        return IsDefault(text) || YesNoRecognizer.Recognize(text, culture) is { Kind: RecognitionKind.Recognized, Value: true }
            ? Recognition.Recognized(Usual)
            : time;
    }

    private bool IsDefault(string text)
    {
        var said = " " + Normalize(text) + " ";
        return _defaultPhrases.Any(phrase => said.Contains(" " + phrase + " ", StringComparison.Ordinal));
    }

    /// <summary>Lower-case words of letters and digits; apostrophes dropped so "don't" and "dont" meet.</summary>
    private static string Normalize(string text)
    {
        var bounded = text.Length > 200 ? text[..200] : text;
        var builder = new StringBuilder(bounded.Length);
        foreach (var c in bounded.ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c is not ('\'' or '\u2019'))
            {
                builder.Append(' ');
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

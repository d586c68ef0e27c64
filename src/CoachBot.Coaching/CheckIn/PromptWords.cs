using System.Globalization;
using System.Text.Json;
using CoachBot.Coaching.Content;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Recognizers;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.CheckIn;

/// <summary>
/// Builds a prompt's words from the content files: <c>{id}.ask</c>, <c>{id}.retry</c>, and where present
/// <c>{id}.vague</c>, <c>.descriptive</c>, <c>.out_of_range</c>, <c>.ambiguous</c> and <c>.give_up</c>.
/// </summary>
internal sealed class PromptWords(MessageCatalog messages)
{
    public PromptMessages<T> For<T>(string id, Func<T, CultureInfo, string> show, params string[] buttons)
        where T : struct => new(
            turn => Reply(turn, messages[id + ".ask"], buttons),
            (turn, recognition) => Reply(turn, Retry(id, recognition, show, CultureOf(turn)), buttons),
            messages.Contains(id + ".give_up") ? turn => Reply(turn, messages[id + ".give_up"]) : null);

    /// <summary>The phrases of a content id as a prompt shortcut.</summary>
    public Choice Shortcut(string shortcutId, string contentId) => new(shortcutId, messages.Variants(contentId));

    public static string ShowTime(TimeOnly time, CultureInfo culture) => time.ToString("t", culture);

    public static string ShowNumber(int value, CultureInfo culture) => value.ToString(culture);

    public static Activity Reply(TurnContext turn, string text, IReadOnlyList<string>? buttons = null)
    {
        var reply = turn.Activity.CreateReply(text);
        if (buttons is { Count: > 0 })
        {
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = [.. buttons.Select(b => new CardAction { Type = "imBack", Title = b, Value = JsonSerializer.SerializeToElement(b, CheckInJson.Default.String) })],
            };
        }

        return reply;
    }

    public static CultureInfo CultureOf(TurnContext turn)
    {
        try
        {
            return turn.Activity.Locale is { Length: > 0 and <= 20 } locale ? CultureInfo.GetCultureInfo(locale) : CultureInfo.GetCultureInfo("en-GB");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en-GB");
        }
    }

    private string Retry<T>(string id, Recognition<T> recognition, Func<T, CultureInfo, string> show, CultureInfo culture)
        where T : struct
    {
        var specific = recognition.Kind switch
        {
            RecognitionKind.Ambiguous => id + ".ambiguous",
            RecognitionKind.Vague => id + ".vague",
            RecognitionKind.Descriptive => id + ".descriptive",
            RecognitionKind.OutOfRange => id + ".out_of_range",
            _ => null,
        };

        if (specific is null || !messages.Contains(specific))
        {
            return messages[id + ".retry"];
        }

        return recognition is { Kind: RecognitionKind.Ambiguous, Value: { } first, Alternative: { } second }
            ? messages.Format(specific, ("first", show(first, culture)), ("second", show(second, culture)))
            : messages[specific];
    }
}

using System.Collections.Frozen;
using CoachBot.Coaching.Content;

namespace CoachBot.Coaching.Bot;

/// <summary>Recognises the person's commands in what they typed, from the synonyms in <c>dialogs/commands.yaml</c>.</summary>
public sealed class Commands
{
    private static readonly (Command Command, string Id)[] Known =
    [
        (Command.Help, "commands.help"),
        (Command.Cancel, "commands.cancel"),
        (Command.Skip, "commands.skip"),
        (Command.Back, "commands.back"),
        (Command.CheckIn, "commands.check_in"),
        (Command.Settings, "commands.settings"),
        (Command.NightHelp, "commands.night_help"),
        (Command.History, "commands.history"),
        (Command.Export, "commands.export"),
        (Command.DeleteData, "commands.delete_data"),
        (Command.Summary, "commands.summary"),
        (Command.ShareSummary, "commands.share_summary"),
        (Command.Pause, "commands.pause"),
        (Command.Resume, "commands.resume"),
        (Command.Snooze, "commands.snooze"),
        (Command.SnoozeUntilTomorrow, "commands.snooze_until_tomorrow"),
        (Command.StopPrompts, "commands.stop_prompts"),
        (Command.Frustrated, "commands.frustrated"),
        (Command.AdviceOn, "commands.advice_on"),
        (Command.AdviceOff, "commands.advice_off"),
        (Command.SkipToday, "commands.skip_today"),
    ];

    // A phrase may mean more than one command ("stop" cancels a dialog, and outside one stops the prompts):
    // the first listed above is what it means by default.
    private readonly FrozenDictionary<string, Command[]> _phrases;

    public Commands(MessageCatalog messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var phrases = new Dictionary<string, Command[]>(StringComparer.Ordinal);
        foreach (var (command, id) in Known)
        {
            foreach (var phrase in messages.Variants(id))
            {
                var normalized = Normalize(phrase, keepPunctuation: phrase.Trim().All(char.IsPunctuation));
                phrases[normalized] = phrases.TryGetValue(normalized, out var earlier) ? [.. earlier, command] : [command];
            }
        }

        _phrases = phrases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public Command Recognize(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            normalized = Normalize(text, keepPunctuation: true);
        }

        return normalized.Length != 0 && _phrases.TryGetValue(normalized, out var meant) ? meant[0] : Command.None;
    }

    /// <summary>Whether <paramref name="text"/> is one of the phrases of <paramref name="command"/>, even where another command comes first.</summary>
    public bool Means(string? text, Command command)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            normalized = Normalize(text, keepPunctuation: true);
        }

        return normalized.Length != 0 && _phrases.TryGetValue(normalized, out var meant) && meant.Contains(command);
    }

    /// <summary>Lower-case, trimmed, end punctuation removed; bounded so a huge message costs nothing.</summary>
    internal static string Normalize(string? text, bool keepPunctuation = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var span = text.AsSpan().Trim();
        if (span.Length > 64)
        {
            return string.Empty;
        }

        return (keepPunctuation ? span : span.TrimEnd(".!? ")).ToString().Replace('\u2019', '\'').ToLowerInvariant();
    }
}

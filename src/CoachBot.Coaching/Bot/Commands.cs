namespace CoachBot.Coaching.Bot;

/// <summary>Recognises the person's commands in what they typed.</summary>
public static class Commands
{
    public static Command Recognize(string? text)
    {
        var normalized = Normalize(text);
        return normalized switch
        {
            "help" or "?" or "menu" or "what can you do" => Command.Help,
            _ => Command.None,
        };
    }

    /// <summary>Lower-case, trimmed, trailing punctuation removed; bounded so a huge message costs nothing.</summary>
    internal static string Normalize(string? text)
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

        return span.TrimEnd(".!? ").ToString().ToLowerInvariant();
    }
}

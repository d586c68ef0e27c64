namespace CoachBot.Coaching.Tone;

/// <summary>One place where a text breaks a tone rule of COACHING.md §5.</summary>
/// <param name="Rule">The rule's id (<c>you-should</c>, <c>ruined</c>, <c>medication</c>).</param>
/// <param name="Index">Where the offending words start in the text.</param>
/// <param name="Length">How long they are.</param>
public sealed record ToneFinding(string Rule, int Index, int Length)
{
    /// <summary>The offending words, for a test's message; never logged, as a reply may quote the person.</summary>
    public string In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Index, Math.Min(Length, text.Length - Index));
    }
}

namespace CoachBot.Coaching.Advice;

/// <summary>A pattern the diary shows, with the numbers that matched it.</summary>
/// <param name="Pattern">Which pattern.</param>
/// <param name="Values">Numbers a phrasing can show (<c>{nights}</c>) and the reason records.</param>
/// <param name="Reason">The conditions that held, with their numbers (<c>pain_night 8 &gt;= 7</c>).</param>
public sealed record PatternMatch(AdvicePattern Pattern, IReadOnlyDictionary<string, int> Values, string Reason)
{
    public string Name => AdvicePatterns.NameOf(Pattern);
}

namespace CoachBot.Coaching.Advice;

/// <summary>One advice item given to the person, kept (the latest few only) so it is not repeated too soon and phrasings rotate.</summary>
/// <param name="ItemId">The item's id in <c>dialogs/advice.yaml</c>.</param>
/// <param name="Phrasing">Which of its phrasings was used (0-based).</param>
/// <param name="On">The diary date it was given on.</param>
/// <param name="Pattern">The <c>when:</c> pattern that matched (<c>flare</c>).</param>
/// <param name="Reason">The numbers that matched it (<c>pain_night 8 &gt;= 7</c>); null when the person keeps no diary.</param>
public sealed record AdviceGiven(string ItemId, int Phrasing, DateOnly On, string Pattern, string? Reason);

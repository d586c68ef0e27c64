namespace CoachBot.Coaching.Advice;

/// <summary>One principle of the clinic's article (COACHING.md §1), as <c>dialogs/principles.yaml</c> states it.</summary>
/// <param name="Id">The id advice items cite (<c>P-flare-calm</c>).</param>
/// <param name="Summary">One line in plain words.</param>
/// <param name="Section">The article's section it comes from.</param>
/// <param name="Source">A short quotation or paraphrase of the passage.</param>
public sealed record Principle(string Id, string Summary, string Section, string Source);

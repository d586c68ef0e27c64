namespace CoachBot.Dialogs;

/// <summary>
/// What a finished dialog hands to the one that started it. Results pass within a turn (a prompt
/// ends and its parent resumes at once), so the value is a plain object, never persisted.
/// </summary>
public sealed record DialogResult(DialogOutcome Outcome, object? Value = null)
{
    public static DialogResult Skipped { get; } = new(DialogOutcome.Skipped);

    public static DialogResult Answered(object? value) => new(DialogOutcome.Answered, value);

    public bool IsAnswered => Outcome == DialogOutcome.Answered;

    /// <summary>The answer as <typeparamref name="T"/>, or null when the item was skipped.</summary>
    public T? ValueAs<T>()
        where T : struct => IsAnswered && Value is T value ? value : null;
}

namespace CoachBot.Dialogs;

/// <summary>The outcome of a dialog operation in this turn.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, DialogResult? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);
}

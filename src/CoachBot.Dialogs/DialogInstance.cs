using System.Text.Json;

namespace CoachBot.Dialogs;

/// <summary>One dialog on the stack: where it is, and what it has gathered so far.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The step a step dialog is on.</summary>
    public int Step { get; set; }

    /// <summary>How many answers a prompt has not been able to use.</summary>
    public int Attempts { get; set; }

    /// <summary>Steps that asked a question, in order, so <c>back</c> can return to the previous one.</summary>
    public List<int>? AskedAt { get; set; }

    /// <summary>The dialog's own state (a step dialog's answers, a prompt's pending choice), as JSON.</summary>
    public JsonElement? State { get; set; }
}

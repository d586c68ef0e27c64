namespace CoachBot.Coaching.Bot;

/// <summary>The person's own commands, recognised in any state.</summary>
public enum Command
{
    None,
    Help,
}

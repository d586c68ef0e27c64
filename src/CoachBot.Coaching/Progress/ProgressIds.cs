namespace CoachBot.Coaching.Progress;

/// <summary>Ids of the progress dialogs, started by the <c>summary</c> and <c>share summary</c> commands.</summary>
public static class ProgressIds
{
    public const string Summary = "progress.summary";
    public const string ShareSummary = "progress.share";
}

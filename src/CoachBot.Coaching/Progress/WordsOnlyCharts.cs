namespace CoachBot.Coaching.Progress;

/// <summary>No renderer: the charts' alt text carries their numbers instead.</summary>
internal sealed class WordsOnlyCharts : IProgressCharts
{
    public Task<ProgressChartImages?> RenderAsync(ProgressChartData data, CancellationToken cancellationToken) =>
        Task.FromResult<ProgressChartImages?>(null);
}

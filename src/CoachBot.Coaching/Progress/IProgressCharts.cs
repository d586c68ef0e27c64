namespace CoachBot.Coaching.Progress;

/// <summary>
/// Draws the progress charts. The coaching core stays free of a drawing library and its native code: the host
/// supplies the renderer (ScottPlot in CoachBot.Web); without one, the charts are described in words only.
/// </summary>
public interface IProgressCharts
{
    /// <summary>The two charts, or null when none can be drawn here.</summary>
    Task<ProgressChartImages?> RenderAsync(ProgressChartData data, CancellationToken cancellationToken);
}

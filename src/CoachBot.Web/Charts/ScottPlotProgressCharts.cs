using System.Collections.Concurrent;
using CoachBot.Coaching.Progress;
using ScottPlot;

namespace CoachBot.Web.Charts;

/// <summary>
/// Draws the progress charts with ScottPlot: sleep as paired bars (time in bed behind time asleep) and pain as
/// two lines (night, morning), 600×400 with large type for a phone. A date with no entry gets no bar and
/// breaks the line. Drawing runs off the request thread, and each result is cached by what it shows, so
/// asking again the same day costs nothing.
/// </summary>
internal sealed class ScottPlotProgressCharts(ILogger<ScottPlotProgressCharts> logger) : IProgressCharts
{
    public const int Width = 600;
    public const int Height = 400;

    private const int CacheSize = 256;
    private const float TitleSize = 26;
    private const float LabelSize = 20;
    private const float TickSize = 17;

    private static readonly Color InBedColor = Color.FromHex("#9DB8D9");
    private static readonly Color AsleepColor = Color.FromHex("#1F4E8C");
    private static readonly Color NightColor = Color.FromHex("#7A3E9D");
    private static readonly Color MorningColor = Color.FromHex("#C0561B");

    private readonly ConcurrentDictionary<string, Lazy<Task<ProgressChartImages>>> _cache = new(StringComparer.Ordinal);

    public Task<ProgressChartImages?> RenderAsync(ProgressChartData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var key = data.Fingerprint();
        if (_cache.Count >= CacheSize)
        {
            // Entries are cheap to redraw; a full clear keeps the cache bounded without bookkeeping.
            _cache.Clear();
        }

        var entry = _cache.GetOrAdd(key, _ => new Lazy<Task<ProgressChartImages>>(() => Task.Run(() => Draw(data), CancellationToken.None)));
        return AwaitAsync(key, entry, cancellationToken);
    }

    private async Task<ProgressChartImages?> AwaitAsync(string key, Lazy<Task<ProgressChartImages>> entry, CancellationToken cancellationToken)
    {
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _cache.TryRemove(key, out _);
            throw;
        }
    }

    private ProgressChartImages Draw(ProgressChartData data)
    {
        var started = TimeProvider.System.GetTimestamp();
        var images = new ProgressChartImages(Sleep(data), Pain(data));
        ChartsLog.Drawn(logger, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return images;
    }

    internal static byte[] Sleep(ProgressChartData data)
    {
        var labels = data.Labels;
        using var plot = NewPlot(labels.SleepTitle, labels.SleepAxis);
        var bars = new List<Bar>();
        for (var i = 0; i < data.Dates.Count; i++)
        {
            if (data.HoursInBed[i] is { } inBed)
            {
                bars.Add(new Bar { Position = i, Value = inBed, FillColor = InBedColor, Size = 0.8, LineWidth = 0 });
            }

            if (data.HoursAsleep[i] is { } asleep)
            {
                bars.Add(new Bar { Position = i, Value = asleep, FillColor = AsleepColor, Size = 0.5, LineWidth = 0 });
            }
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = labels.InBed, FillColor = InBedColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = labels.Asleep, FillColor = AsleepColor });
        var most = data.HoursInBed.Concat(data.HoursAsleep).OfType<double>().DefaultIfEmpty(8).Max();
        // Headroom above the tallest bar keeps the legend clear of the data.
        Finish(plot, data, 0, Math.Max(11, Math.Ceiling(most) + 3));
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    internal static byte[] Pain(ProgressChartData data)
    {
        var labels = data.Labels;
        using var plot = NewPlot(labels.PainTitle, labels.PainAxis);
        Line(plot, data.PainNight, NightColor, labels.Night);
        Line(plot, data.PainMorning, MorningColor, labels.Morning);
        Finish(plot, data, -0.3, 12.8);
        plot.Axes.Left.SetTicks([0, 2, 4, 6, 8, 10], ["0", "2", "4", "6", "8", "10"]);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static Plot NewPlot(string title, string axis)
    {
        var plot = new Plot();
        plot.Title(title, TitleSize);
        plot.YLabel(axis, LabelSize);
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Legend.FontSize = TickSize;
        return plot;
    }

    /// <summary>A line through each run of consecutive rated days, so a day without a rating leaves a gap.</summary>
    private static void Line(Plot plot, IReadOnlyList<double?> values, Color color, string label)
    {
        var run = new List<(double X, double Y)>();
        void Flush()
        {
            if (run.Count > 0)
            {
                var scatter = plot.Add.Scatter(run.Select(p => p.X).ToArray(), run.Select(p => p.Y).ToArray(), color);
                scatter.LineWidth = 3;
                scatter.MarkerSize = 10;
                run.Clear();
            }
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } y)
            {
                run.Add((i, y));
            }
            else
            {
                Flush();
            }
        }

        Flush();
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, LineColor = color, LineWidth = 3, MarkerColor = color, MarkerShape = MarkerShape.FilledCircle });
    }

    private static void Finish(Plot plot, ProgressChartData data, double bottom, double top)
    {
        // Every other date: fourteen labels don't fit 600 px at a readable size.
        var step = data.Dates.Count > 14 ? 4 : 2;
        var ticks = Enumerable.Range(0, data.Dates.Count).Where(i => (data.Dates.Count - 1 - i) % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => data.Labels.DateLabels[i])]);
        plot.Axes.SetLimits(-0.6, data.Dates.Count - 0.4, bottom, top);
        plot.ShowLegend(Alignment.UpperLeft, Orientation.Horizontal);
    }
}

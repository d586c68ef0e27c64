using CoachBot.Coaching.Progress;
using CoachBot.Testing;
using CoachBot.Web.Charts;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Web.Tests.Progress;

/// <summary>The ScottPlot charts as PNGs: phone-sized, drawn (with text), with gaps where no entry exists.</summary>
public sealed class ChartRenderingTests
{
    private const string AsleepColor = "#1F4E8C";
    private const string MorningColor = "#C0561B";

    [Fact]
    public void Fonts_are_available_so_charts_have_text()
    {
        // Without fonts ScottPlot draws no text and throws nothing.
        Assert.False(string.IsNullOrEmpty(ScottPlot.Fonts.Default), "No default font: install fontconfig and fonts-dejavu-core (apt-get install -y fontconfig fonts-dejavu-core).");
    }

    [Fact]
    public void The_sleep_chart_is_a_600_by_400_png_with_bars_and_a_gap_where_no_entry_exists()
    {
        // The first seven dates have nights; the last seven are blank.
        var data = Data(i => i < 7 ? 8 : null, i => i < 7 ? 6.5 : null, i => null, i => null);

        using var png = Png.Decode(ScottPlotProgressCharts.Sleep(data));

        Assert.Equal((600, 400), (png.Width, png.Height));
        Assert.True(png.InkedPixels() > 10_000, $"Only {png.InkedPixels()} drawn pixels.");
        Assert.True(png.PixelsNear(AsleepColor, 0, 300) > 2_000, "No 'asleep' bars where the nights are.");
        Assert.Equal(0, png.PixelsNear(AsleepColor, 380));
    }

    [Fact]
    public void The_pain_chart_draws_lines_that_break_at_missing_days()
    {
        var data = Data(i => null, i => null, i => i < 7 ? 6 : null, i => i < 7 ? 4 + (i % 3) : null);

        using var png = Png.Decode(ScottPlotProgressCharts.Pain(data));

        Assert.Equal((600, 400), (png.Width, png.Height));
        Assert.True(png.PixelsNear(MorningColor, 0, 330) > 300, "No morning pain line where the ratings are.");
        Assert.Equal(0, png.PixelsNear(MorningColor, 380));
    }

    [Fact]
    public async Task Asking_again_for_the_same_charts_uses_the_cached_drawing()
    {
        var charts = new ScottPlotProgressCharts(NullLogger<ScottPlotProgressCharts>.Instance);
        var data = Data(i => 8, i => 7, i => 5, i => 4);
        var again = Data(i => 8, i => 7, i => 5, i => 4);

        var first = await charts.RenderAsync(data, TestContext.Current.CancellationToken);
        var second = await charts.RenderAsync(again, TestContext.Current.CancellationToken);

        Assert.NotNull(first);
        Assert.Same(first, second);
        using var sleep = Png.Decode(first.SleepPng.Span);
        using var pain = Png.Decode(first.PainPng.Span);
        Assert.True(sleep.InkedPixels() > 10_000 && pain.InkedPixels() > 5_000);
    }

    /// <summary>Refreshes docs/chart-sample.png (shown in the README) when asked to.</summary>
    [Fact]
    public void A_realistic_fortnight_draws_the_documentation_sample()
    {
        double?[] inBed = [8, 8.5, null, 7.75, 8, 9, 8.25, null, null, 8, 7.5, 8.5, 8, 8.25];
        double?[] asleep = [6.5, 7, null, 5.5, 6.75, 7.5, 6, null, null, 6.25, 5.75, 7.25, 7, 7];
        var data = Data(i => inBed[i], i => asleep[i], i => null, i => null);

        var bytes = ScottPlotProgressCharts.Sleep(data);

        using var png = Png.Decode(bytes);
        Assert.Equal((600, 400), (png.Width, png.Height));
        Assert.True(png.InkedPixels() > 10_000);
        if (Environment.GetEnvironmentVariable("COACHBOT_UPDATE_CHART_SAMPLE") == "1")
        {
            File.WriteAllBytes(Path.Combine(RepositoryRoot.Path, "docs", "chart-sample.png"), bytes);
        }
    }

    private static ProgressChartData Data(Func<int, double?> inBed, Func<int, double?> asleep, Func<int, double?> night, Func<int, double?> morning)
    {
        var dates = Enumerable.Range(0, 14).Select(i => new DateOnly(2026, 10, 26).AddDays(i)).ToList();
        var labels = new ProgressChartLabels(
            Words.Messages["progress.chart.sleep.title"],
            Words.Messages["progress.chart.sleep.in_bed"],
            Words.Messages["progress.chart.sleep.asleep"],
            Words.Messages["progress.chart.sleep.axis"],
            Words.Messages["progress.chart.pain.title"],
            Words.Messages["progress.chart.pain.night"],
            Words.Messages["progress.chart.pain.morning"],
            Words.Messages["progress.chart.pain.axis"],
            [.. dates.Select(d => d.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture))]);
        return new ProgressChartData(
            dates,
            [.. Enumerable.Range(0, 14).Select(inBed)],
            [.. Enumerable.Range(0, 14).Select(asleep)],
            [.. Enumerable.Range(0, 14).Select(night)],
            [.. Enumerable.Range(0, 14).Select(morning)],
            labels);
    }
}

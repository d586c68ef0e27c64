using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CoachBot.Coaching.Progress;
using CoachBot.Coaching.Tests.Onboarding;
using CoachBot.Coaching.Tone;

namespace CoachBot.Coaching.Tests.Progress;

public sealed partial class SharePageTests
{
    private static readonly IReadOnlyList<SyntheticNight> Nights = SyntheticDiary.Generate();
    private static readonly ProgressWords EnGb = new(Words.Messages, ByHand.EnGb);

    [Fact]
    public void The_page_holds_four_weeks_the_charts_and_the_pattern_with_rho_and_n()
    {
        var diary = SyntheticDiary.Entries(Nights);
        var charts = new ProgressChartImages(new byte[] { 0x89, 0x50, 0x4E, 0x47, 1 }, new byte[] { 0x89, 0x50, 0x4E, 0x47, 2 });

        var html = SharePage.Render(diary, SyntheticDiary.LastDate, charts, EnGb);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<img src=\"data:image/png;base64,"));
        Assert.Contains("<img src=\"data:image/png;base64,iVBORwE=\"", html, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(html, "<tr>"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);

        // Each week's row, worked out by hand.
        for (var k = 3; k >= 0; k--)
        {
            var last = SyntheticDiary.LastDate.AddDays(-7 * k);
            var week = Nights.Where(n => n.Entry.DiaryDate > last.AddDays(-7) && n.Entry.DiaryDate <= last).ToList();
            var tst = ByHand.MeanOfAtLeastThree([.. week.Select(n => (double)n.TotalSleepMinutes)]);
            var pain = ByHand.MedianOfAtLeastThree([.. week.Where(n => n.Entry.PainNow is not null).Select(n => (double)n.Entry.PainNow!.Value)]);
            var row = Enc($"{ByHand.Date(last.AddDays(-6))} – {ByHand.Date(last)}") + "</td><td>" + Enc($"{week.Count} / 7") + "</td><td>"
                + (tst is { } t ? Enc(ByHand.QuarterHours(t)) : Enc(Words.Say("progress.share.page.too_few")));
            Assert.Contains(row, html, StringComparison.Ordinal);
            Assert.Contains("<td>" + (pain is { } p ? ByHand.Pain(p) : Enc(Words.Say("progress.share.page.too_few"))) + "</td></tr>", html, StringComparison.Ordinal);
        }

        var window = Nights.Where(n => n.Entry.DiaryDate > SyntheticDiary.LastDate.AddDays(-56) && n.Entry.Quality is not null && n.Entry.PainNow is not null).ToList();
        var rho = ByHand.SpearmanByCounting([.. window.Select(n => (double)n.Entry.Quality!.Value)], [.. window.Select(n => (double)n.Entry.PainNow!.Value)]);
        Assert.Contains(
            Enc(Words.Say("progress.share.page.pattern_quality", ("rho", rho.ToString("0.00", CultureInfo.InvariantCulture)), ("n", window.Count.ToString(CultureInfo.InvariantCulture)))),
            html,
            StringComparison.Ordinal);
        Assert.Contains(Enc(Words.Say("progress.share.page.reference")), html, StringComparison.Ordinal);
        Assert.Empty(ToneChecker.Check(Text(html)));
    }

    [Fact]
    public void Without_charts_the_page_describes_them_in_words()
    {
        var diary = SyntheticDiary.Entries(Nights);

        var html = SharePage.Render(diary, SyntheticDiary.LastDate, null, EnGb);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains(Enc(ProgressCharts.SleepAlt(diary, SyntheticDiary.LastDate, EnGb)), html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_diary_says_the_pattern_needs_more_mornings()
    {
        var diary = SyntheticDiary.Entries(Nights).Where(e => e.DiaryDate > SyntheticDiary.LastDate.AddDays(-7)).ToList();

        var html = SharePage.Render(diary, SyntheticDiary.LastDate, null, EnGb);

        Assert.DoesNotContain("rho", html, StringComparison.Ordinal);
        Assert.Contains(Enc(Words.Say("progress.share.page.pattern_not_yet", ("n", diary.Count(e => e.Quality is not null && e.PainNow is not null).ToString(CultureInfo.InvariantCulture)))), html, StringComparison.Ordinal);
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);

    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(Styles().Replace(html, " "), " "));

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Styles();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

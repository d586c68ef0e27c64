using System.Net;
using System.Text;
using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Progress;

/// <summary>
/// The one-page summary a person can print or show their physio or GP: the last four weeks' table, the two
/// charts (embedded, so the page needs nothing else) and the pattern with ρ and n. Inline CSS, A4-friendly. Pure.
/// </summary>
internal static class SharePage
{
    public const int Weeks = 4;

    private const string Style =
        "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1b1b1b;max-width:760px;margin:24px auto;padding:0 16px;line-height:1.4}" +
        "h1{font-size:1.5em;margin:0 0 4px}h2{font-size:1.15em;margin:24px 0 8px;border-bottom:1px solid #ccc}" +
        "p.sub{color:#444;margin:0 0 12px}table{border-collapse:collapse;width:100%;font-size:.95em}" +
        "th,td{border:1px solid #bbb;padding:6px 8px;text-align:left;vertical-align:top}th{background:#f0f0f0}" +
        ".charts img{width:100%;max-width:600px;height:auto;display:block;margin:8px 0}.note{color:#444;font-size:.9em}" +
        "footer{margin-top:24px;color:#555;font-size:.85em}" +
        "@media print{body{margin:0;max-width:none}h2{break-after:avoid}.charts img{max-width:48%;display:inline-block;margin:0 1% 0 0}}";

    public static string Render(IReadOnlyList<DiaryEntry> diary, DateOnly lastDate, ProgressChartImages? charts, ProgressWords words)
    {
        var messages = words.Messages;
        string T(string id) => WebUtility.HtmlEncode(messages["progress.share.page." + id]);
        var weeks = Enumerable.Range(0, Weeks).Select(k => WeekNumbers.Ending(diary, lastDate.AddDays(-WeekNumbers.Days * (Weeks - 1 - k)))).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(WebUtility.HtmlEncode(words.Culture.Name)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(T("title")).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(T("title")).Append("</h1><p class=\"sub\">")
            .Append(WebUtility.HtmlEncode(messages.Format("progress.share.page.subtitle", ("first", words.Date(weeks[0].First)), ("last", words.Date(lastDate)))))
            .Append("</p>");

        html.Append("<h2>").Append(T("weeks_heading")).Append("</h2><table><thead><tr><th>").Append(T("week")).Append("</th>");
        foreach (var id in new[] { "nights", "sleep", "efficiency", "sol", "waso", "pain" })
        {
            html.Append("<th>").Append(T(id)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        var tooFew = T("too_few");
        foreach (var week in weeks)
        {
            string Cell(double? value, Func<double, string> show) => value is { } v ? WebUtility.HtmlEncode(show(v)) : tooFew;
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(words.Date(week.First) + " – " + words.Date(week.Last))).Append("</td>")
                .Append("<td>").Append(WebUtility.HtmlEncode(words.Count(week.Nights) + " / 7")).Append("</td>")
                .Append("<td>").Append(Cell(week.MeanTotalSleepMinutes, words.QuarterHours)).Append("</td>")
                .Append("<td>").Append(Cell(week.MeanEfficiencyPercent, p => words.Percent(p) + "%")).Append("</td>")
                .Append("<td>").Append(Cell(week.MedianSolMinutes, words.Minutes)).Append("</td>")
                .Append("<td>").Append(Cell(week.MedianWasoMinutes, words.Minutes)).Append("</td>")
                .Append("<td>").Append(Cell(week.MedianMorningPain, words.Pain)).Append("</td></tr>");
        }

        html.Append("</tbody></table><p class=\"note\">").Append(T("reference")).Append("</p>");

        html.Append("<h2>").Append(T("charts_heading")).Append("</h2><div class=\"charts\">");
        if (charts is not null)
        {
            Image(html, charts.SleepPng, ProgressCharts.SleepAlt(diary, lastDate, words));
            Image(html, charts.PainPng, ProgressCharts.PainAlt(diary, lastDate, words));
        }
        else
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(ProgressCharts.SleepAlt(diary, lastDate, words))).Append("</p>")
                .Append("<p>").Append(WebUtility.HtmlEncode(ProgressCharts.PainAlt(diary, lastDate, words))).Append("</p>");
        }

        html.Append("</div><h2>").Append(T("pattern_heading")).Append("</h2>");
        Pattern(html, SleepPainPattern.ForQuality(diary, lastDate), "progress.share.page.pattern_quality", words);
        Pattern(html, SleepPainPattern.ForTotalSleep(diary, lastDate), "progress.share.page.pattern_total_sleep", words);
        html.Append("<p class=\"note\">").Append(T("pattern_note")).Append("</p>");
        html.Append("<footer>").Append(T("footer")).Append("</footer></body></html>");
        return html.ToString();
    }

    /// <summary>ρ with two decimals, as the summary shows it.</summary>
    public static string Rho(double rho, ProgressWords words) => rho.ToString("0.00", words.Culture);

    private static void Image(StringBuilder html, ReadOnlyMemory<byte> png, string alt) =>
        html.Append("<img src=\"data:image/png;base64,").Append(Convert.ToBase64String(png.Span))
            .Append("\" alt=\"").Append(WebUtility.HtmlEncode(alt)).Append("\">");

    private static void Pattern(StringBuilder html, SleepPainPattern pattern, string id, ProgressWords words)
    {
        var n = ("n", words.Count(pattern.Pairs));
        var text = pattern.Rho is { } rho
            ? words.Messages.Format(id, ("rho", Rho(rho, words)), n)
            : words.Messages.Format(pattern.Kind == PatternKind.TooSteady ? "progress.share.page.pattern_steady" : "progress.share.page.pattern_not_yet", n);
        html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>");
    }
}

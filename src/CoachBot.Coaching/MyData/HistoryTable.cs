using System.Globalization;
using System.Text;
using CoachBot.Coaching.CheckIn;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.MyData;

/// <summary>The last seven diary dates, oldest first, as rows of words: a missed night or a skipped item shows "—".</summary>
internal sealed class HistoryTable(MessageCatalog messages, CultureInfo culture)
{
    public const int Nights = 7;

    public IReadOnlyList<HistoryRow> Rows(IReadOnlyList<DiaryEntry> diary, DateOnly today)
    {
        var durations = new CheckInSummary(messages, culture);
        var missing = messages[MyDataIds.Missing];
        var rows = new List<HistoryRow>(Nights);
        for (var date = today.AddDays(1 - Nights); date <= today; date = date.AddDays(1))
        {
            var night = date.ToString(messages[MyDataIds.DateFormat], culture);
            var entry = diary.LastOrDefault(e => e.DiaryDate == date);
            if (entry is null)
            {
                rows.Add(new HistoryRow(date, false, night, missing, missing, missing));
                continue;
            }

            var metrics = SleepMetrics.For(entry);
            var inBed = metrics.TimeInBedMinutes is { } tib ? durations.Duration(tib) : missing;
            var sleep = entry.DidNotSleep ? messages[MyDataIds.NoSleep] : metrics.TotalSleepMinutes is { } tst ? durations.Duration(tst) : missing;
            var pain = entry.PainNight is null && entry.PainNow is null
                ? missing
                : messages.Format(MyDataIds.HistoryPain, ("night", Score(entry.PainNight, missing)), ("now", Score(entry.PainNow, missing)));
            rows.Add(new HistoryRow(date, true, night, inBed, sleep, pain));
        }

        return rows;
    }

    /// <summary>The plain-text table: the intro with how many nights have an entry, a header, one line per night.</summary>
    public string Text(IReadOnlyList<HistoryRow> rows)
    {
        var text = new StringBuilder(Intro(rows)).Append('\n').Append(messages[MyDataIds.HistoryHeader]);
        foreach (var row in rows)
        {
            text.Append('\n').Append(messages.Format(MyDataIds.HistoryRow, ("date", row.Night), ("in_bed", row.InBed), ("sleep", row.Sleep), ("pain", row.Pain)));
        }

        return text.ToString();
    }

    public string Intro(IReadOnlyList<HistoryRow> rows) =>
        messages.Format(MyDataIds.HistoryIntro, ("count", rows.Count(r => r.HasEntry).ToString(culture)));

    private string Score(int? score, string missing) => score?.ToString(culture) ?? missing;
}

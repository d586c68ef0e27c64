using System.Globalization;
using System.Text;
using System.Text.Json;
using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.MyData;

/// <summary>
/// The whole diary as two files: CSV for a spreadsheet and JSON for software. Column names are the
/// diary's item keys (COACHING.md §2); a skipped item is an empty cell or a null, never zero.
/// </summary>
public static class DiaryExport
{
    public const string CsvContentType = "text/csv";
    public const string JsonContentType = "application/json";

    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "diary_date", "time_zone", "bed_time", "try_time", "sol_minutes", "wakings", "waso_minutes", "final_wake",
        "out_of_bed", "did_not_sleep", "quality", "pain_night", "pain_now", "pain_now_at", "nap_count", "nap_minutes",
        "note", "time_in_bed_minutes", "total_sleep_minutes", "sleep_efficiency_percent",
    ];

    public static IReadOnlyList<ExportFile> Files(IReadOnlyList<DiaryEntry> diary, DateTimeOffset exportedAt, string baseName) =>
    [
        new ExportFile(baseName + ".csv", CsvContentType, Csv(diary)),
        new ExportFile(baseName + ".json", JsonContentType, Json(diary, exportedAt)),
    ];

    public static byte[] Csv(IReadOnlyList<DiaryEntry> diary)
    {
        ArgumentNullException.ThrowIfNull(diary);
        var text = new StringBuilder();
        text.AppendJoin(',', Columns).Append("\r\n");
        foreach (var entry in diary.OrderBy(e => e.DiaryDate))
        {
            var metrics = SleepMetrics.For(entry);
            string?[] cells =
            [
                entry.DiaryDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), entry.TimeZoneId,
                Time(entry.BedTime), Time(entry.TryTime), Number(entry.SolMinutes), Number(entry.Wakings), Number(entry.WasoMinutes),
                Time(entry.FinalWake), Time(entry.OutOfBed), entry.DidNotSleep ? "true" : "false", Number(entry.Quality),
                Number(entry.PainNight), Number(entry.PainNow), Time(entry.PainNowAt), Number(entry.NapCount), Number(entry.NapMinutes),
                entry.Note, Number(metrics.TimeInBedMinutes), Number(metrics.TotalSleepMinutes),
                metrics.SleepEfficiencyPercent?.ToString("0.0", CultureInfo.InvariantCulture),
            ];
            text.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        // A byte-order mark, so spreadsheet programs read the notes as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Json(IReadOnlyList<DiaryEntry> diary, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(diary);
        var nights = diary.OrderBy(e => e.DiaryDate).Select(entry =>
        {
            var metrics = SleepMetrics.For(entry);
            return new ExportedNight(entry, metrics.TimeInBedMinutes, metrics.TotalSleepMinutes, metrics.SleepEfficiencyPercent);
        });
        return JsonSerializer.SerializeToUtf8Bytes(new ExportDocument(exportedAt, [.. nights]), ExportJson.Default.ExportDocument);
    }

    private static string? Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Quotes a cell that needs it, and defuses text a spreadsheet would run as a formula.</summary>
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

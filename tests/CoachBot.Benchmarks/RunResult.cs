using System.Globalization;
using System.Text;

namespace CoachBot.Benchmarks;

/// <summary>One measured run at one concurrency.</summary>
internal sealed record RunResult(int Concurrency, double TurnsPerSecond, double P50, double P99, int Errors, int Turns, StorageCounts Storage)
{
    private double ReadsPerTurn => Storage.Turns == 0 ? double.NaN : (double)Storage.Reads / Storage.Turns;

    private double WritesPerTurn => Storage.Turns == 0 ? double.NaN : (double)Storage.Writes / Storage.Turns;

    public string ToLine(string label) => string.Create(CultureInfo.InvariantCulture,
        $"{label} c={Concurrency}: {TurnsPerSecond:F0} turns/s, p50 {P50:F2} ms, p99 {P99:F2} ms, errors {Errors}, reads/turn {ReadsPerTurn:F2}, writes/turn {WritesPerTurn:F2}");

    public static string Table(string label, IEnumerable<RunResult> rows)
    {
        var table = new StringBuilder()
            .AppendLine("| target | concurrency | turns/s | p50 ms | p99 ms | errors | store reads/turn | store writes/turn | conflicts |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {label} | {r.Concurrency} | {r.TurnsPerSecond:F0} | {r.P50:F2} | {r.P99:F2} | {r.Errors} | {r.ReadsPerTurn:F2} | {r.WritesPerTurn:F2} | {r.Storage.Conflicts} |");
        }

        return table.ToString();
    }
}

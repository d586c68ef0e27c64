using System.Globalization;

namespace CoachBot.Benchmarks.Scheduling;

/// <summary>Command-line options of <c>schedule-tick</c>: <c>--sizes 10000,100000,1000000 --due 1000 --stores file,memory --out path</c>.</summary>
internal sealed record ScheduleTickOptions(IReadOnlyList<int> Sizes, int Due, IReadOnlyList<string> Stores, string Output)
{
    public static ScheduleTickOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string? Get(string name) => values.GetValueOrDefault(name);
        return new ScheduleTickOptions(
            [.. (Get("sizes") ?? "10000,100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            int.Parse(Get("due") ?? "1000", CultureInfo.InvariantCulture),
            [.. (Get("stores") ?? "file,memory").Split(',').Select(s => s.Trim().ToLowerInvariant())],
            Get("out") ?? Path.Combine("artifacts", "benchmarks", "schedule-tick.md"));
    }
}

using System.Globalization;
using System.Text.Json;

namespace CoachBot.Benchmarks;

/// <summary>Command-line options of the load driver.</summary>
internal sealed record DriverOptions(Uri Url, IReadOnlyList<int> Concurrencies, TimeSpan Duration, TimeSpan Warmup, IReadOnlyList<string> Script, string Label, string? Output)
{
    /// <summary>The default conversation: a greeting, then the person asks for help.</summary>
    private static readonly string[] DefaultScript = ["hi", "help", "help", "help", "help", "help", "help"];

    public static DriverOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string? Get(string name) => values.GetValueOrDefault(name);
        var script = Get("script") is { } file
            ? JsonSerializer.Deserialize(File.ReadAllText(file), DriverJson.Default.StringArray) ?? DefaultScript
            : DefaultScript;
        return new DriverOptions(
            new Uri((Get("url") ?? "http://127.0.0.1:3978").TrimEnd('/') + "/"),
            [.. (Get("concurrency") ?? "1,8,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
            TimeSpan.FromSeconds(double.Parse(Get("duration") ?? "10", CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Get("warmup") ?? "2", CultureInfo.InvariantCulture)),
            script,
            Get("label") ?? "coachbot",
            Get("out"));
    }
}

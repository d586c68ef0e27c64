using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace CoachBot.Benchmarks;

/// <summary>
/// Runs whole conversations against a running CoachBot's <c>/api/messages</c> with
/// <c>deliveryMode: "expectReplies"</c>, closed-loop at each concurrency, and reports turns/s,
/// p50/p99 latency, errors, and storage reads/writes per turn (from <c>/diagnostics/counters</c>).
/// </summary>
internal static class LoadDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = DriverOptions.Parse(args);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(10) };

        var rows = new List<RunResult>();
        foreach (var concurrency in options.Concurrencies)
        {
            await RunOnceAsync(client, options, concurrency, options.Warmup, runId: $"warm{concurrency}");
            var before = await CountersAsync(client);
            var result = await RunOnceAsync(client, options, concurrency, options.Duration, runId: $"c{concurrency}");
            var after = await CountersAsync(client);
            result = result with { Storage = after.Since(before) };
            rows.Add(result);
            Console.Error.WriteLine(result.ToLine(options.Label));
        }

        var table = RunResult.Table(options.Label, rows);
        Console.WriteLine(table);
        if (options.Output is { } output)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.AppendAllTextAsync(output, table + Environment.NewLine);
        }

        return rows.Any(r => r.Errors > 0) ? 1 : 0;
    }

    private static async Task<RunResult> RunOnceAsync(HttpClient client, DriverOptions options, int concurrency, TimeSpan duration, string runId)
    {
        var latencies = new List<double>[concurrency];
        var errors = new int[concurrency];
        var deadline = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<double>(4096);
            for (var user = 0; deadline.Elapsed < duration; user++)
            {
                var conversation = $"{runId}-{Environment.ProcessId}-{worker}-{user}";
                for (var turn = 0; turn < options.Script.Count && deadline.Elapsed < duration; turn++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var ok = await SendAsync(client, conversation, turn, options.Script[turn]);
                    if (ok)
                    {
                        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    else
                    {
                        errors[worker]++;
                        break;
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = deadline.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new RunResult(concurrency, all.Length / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), errors.Sum(), all.Length, default);
    }

    private static async Task<bool> SendAsync(HttpClient client, string conversation, int turn, string text)
    {
        var body = $$"""
            {"type":"message","id":"{{conversation}}-{{turn}}","channelId":"loadtest","serviceUrl":"http://127.0.0.1:1/",
             "conversation":{"id":"{{conversation}}"},"from":{"id":"u-{{conversation}}","role":"user"},"recipient":{"id":"coachbot","role":"bot"},
             "text":{{JsonSerializer.Serialize(text, DriverJson.Default.String)}},"locale":"en-GB","deliveryMode":"expectReplies",
             "timestamp":"{{DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)}}"}
            """;
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), content);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            await using var stream = await response.Content.ReadAsStreamAsync();
            using var json = await JsonDocument.ParseAsync(stream);
            return json.RootElement.TryGetProperty("activities", out var activities) && activities.GetArrayLength() > 0;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return false;
        }
    }

    private static async Task<StorageCounts> CountersAsync(HttpClient client)
    {
        try
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("diagnostics/counters", UriKind.Relative)));
            var root = json.RootElement;
            return new StorageCounts(root.GetProperty("turns").GetInt64(), root.GetProperty("storeReads").GetInt64(), root.GetProperty("storeWrites").GetInt64(), root.GetProperty("storeConflicts").GetInt64());
        }
        catch (HttpRequestException)
        {
            return default;
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

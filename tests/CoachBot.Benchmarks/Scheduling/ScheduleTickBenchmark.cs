using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using CoachBot.Storage;
using CoachBot.Storage.FileSystem;
using CoachBot.Storage.Metrics;
using CoachBot.Web.Scheduling;
using CoachBot.Web.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Benchmarks.Scheduling;

/// <summary>
/// <c>schedule-tick</c>: one scheduler tick over a store holding N scheduled people, of whom a fixed number are due
/// in the minute the tick processes, with the production scheduler composition and a Connector that accepts at once.
/// Reports the tick's wall time and its storage operations; both should follow the people due, not N.
/// Seeding writes each minute's bucket document once, and user documents only for the people due: the tick
/// reads a person's document by key only when their minute comes, so the others' documents never enter a tick.
/// </summary>
internal static class ScheduleTickBenchmark
{
    private const int MinutesPerDay = 24 * 60;

    // A winter morning in London, where local time is UTC.
    private static readonly DateTimeOffset DueMinute = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Midnight = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = ScheduleTickOptions.Parse(args);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        // JIT and first-use costs land here, not in the first reported row.
        await MeasureAsync("memory", 2_000, Math.Min(options.Due, 200), cancellation.Token);

        var rows = new List<TickRow>();
        foreach (var store in options.Stores)
        {
            foreach (var size in options.Sizes)
            {
                var row = await MeasureAsync(store, size, options.Due, cancellation.Token);
                rows.Add(row);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Store} {row.Scheduled} scheduled, {row.Due} due: tick {row.Tick.TotalMilliseconds:F0} ms, {row.Operations.Total} storage operations, seeding {row.Seeding.TotalSeconds:F1} s"));
            }
        }

        var table = Table(rows);
        Console.WriteLine(table);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
        await File.WriteAllTextAsync(options.Output, table, cancellation.Token);
        return rows.All(r => r.Sent == r.Due) ? 0 : 1;
    }

    private static async Task<TickRow> MeasureAsync(string storeKind, int scheduled, int due, CancellationToken cancellationToken)
    {
        var directory = storeKind == "file" ? Directory.CreateTempSubdirectory("coachbot-schedule-bench-") : null;
        try
        {
            IStore inner = directory is null ? new MemoryStore() : new FileStore(directory.FullName);
            var seeding = Stopwatch.StartNew();
            await SeedAsync(inner, scheduled, due, cancellationToken);
            seeding.Stop();

            using var counting = new CountingStore(inner);
            await using var services = Compose(counting, new NullConnector());
            var tick = services.GetRequiredService<PromptTick>();
            var before = counting.Snapshot();
            var watch = Stopwatch.StartNew();
            var result = await tick.RunAsync(DueMinute.AddSeconds(2), cancellationToken);
            watch.Stop();
            return new TickRow(storeKind == "file" ? "file" : "in-memory", scheduled, due, seeding.Elapsed, watch.Elapsed, result.Sent, counting.Snapshot().Since(before));
        }
        finally
        {
            directory?.Delete(recursive: true);
        }
    }

    /// <summary>The due people (documents and their bucket), everyone else spread over the day's other minutes, and the cursor a minute before.</summary>
    private static async Task SeedAsync(IStore store, int scheduled, int due, CancellationToken cancellationToken)
    {
        var index = new ScheduleIndex(store);
        var dueKeys = Enumerable.Range(0, due).Select(Key).ToList();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, due),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, ct) => await store.WriteAsync(dueKeys[i], UserDocument(i), WriteCondition.Any, ct));
        await index.AddAsync(DueMinute, dueKeys, [], cancellationToken);

        var dueMinuteOfDay = (int)(DueMinute - Midnight).TotalMinutes;
        var buckets = new List<string>[MinutesPerDay];
        for (var i = due; i < scheduled; i++)
        {
            var minute = (i - due) % (MinutesPerDay - 1);
            minute = minute >= dueMinuteOfDay ? minute + 1 : minute;
            (buckets[minute] ??= []).Add(Key(i));
        }

        await Parallel.ForEachAsync(
            Enumerable.Range(0, MinutesPerDay).Where(m => buckets[m] is not null),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (minute, ct) => await index.AddAsync(Midnight.AddMinutes(minute), buckets[minute], [], ct));
        await index.AdvanceCursorAsync(DueMinute.AddMinutes(-1), null, cancellationToken);
    }

    private static string Key(int i) => "users/bench/u" + i.ToString("D7", CultureInfo.InvariantCulture);

    private static byte[] UserDocument(int i)
    {
        var id = "u" + i.ToString("D7", CultureInfo.InvariantCulture);
        var user = new UserData
        {
            FirstSeen = Midnight.AddDays(-30),
            Profile = new UserProfile { TimeZoneId = "Europe/London", CheckInTime = new TimeOnly(8, 0), DiaryConsent = true, OnboardedAt = Midnight.AddDays(-30) },
            ConversationReference = new ConversationReference
            {
                ChannelId = "bench",
                ServiceUrl = "http://127.0.0.1:1/",
                Conversation = new ConversationAccount { Id = "conv-" + id },
                User = new ChannelAccount { Id = id },
                Bot = new ChannelAccount { Id = "coachbot" },
            },
        };
        return StateDocument.Write([], JsonSerializer.SerializeToUtf8Bytes(user, CoachingJson.Default.UserData));
    }

    private static ServiceProvider Compose(IStore store, IConnectorClient connector)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // The per-app send rate would make the tick last due/30 seconds; the scheduler's own cost is measured.
            ["Prompts:SendsPerSecond"] = "0",
            ["Prompts:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(store)
            .AddSingleton(connector)
            .AddSingleton(MessageCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "dialogs")));
        services.AddPromptScheduling();
        return services.BuildServiceProvider();
    }

    private static string Table(IEnumerable<TickRow> rows)
    {
        var table = new StringBuilder()
            .AppendLine("| store | scheduled | due | tick ms | sent | reads | writes | conflicts | deletes | operations | per due person | seeding s |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
        {
            var o = r.Operations;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Store} | {r.Scheduled:N0} | {r.Due:N0} | {r.Tick.TotalMilliseconds:F0} | {r.Sent} | {o.Reads} | {o.Writes} | {o.Conflicts} | {o.Deletes} | {o.Total} | {(double)o.Total / r.Due:F2} | {r.Seeding.TotalSeconds:F1} |");
        }

        return table.ToString();
    }
}

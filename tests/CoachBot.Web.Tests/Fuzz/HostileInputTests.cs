using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CoachBot.Coaching.Content;
using Microsoft.AspNetCore.Http;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Fuzz;

/// <summary>
/// The seeded fuzzer against the real pipeline on the file store. COACHBOT_FUZZ_CASES raises the count (the
/// benchmark run uses 10,000 or more) and COACHBOT_FUZZ_SEED replays another sequence.
/// </summary>
public sealed class HostileInputTests
{
    private const int DefaultCases = 2000;
    private const int DefaultSeed = 20261124;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Mutated_activities_never_get_a_server_error_and_never_name_a_file_outside_the_state_folder()
    {
        var cases = FromEnvironment("COACHBOT_FUZZ_CASES", DefaultCases);
        var seed = FromEnvironment("COACHBOT_FUZZ_SEED", DefaultSeed);
        using var factory = new CoachBotFactory()
            .With("Connector:RetryDelay", "00:00:00.010")
            .With("Connector:AttemptTimeout", "00:00:01")
            .With("Connector:TotalTimeout", "00:00:02")
            .With("Logging:LogLevel:Default", "Warning");
        using var client = factory.CreateClient();
        var stateDirectory = Path.GetFullPath(Path.Combine(factory.DataDirectory, "state"));
        var fuzzer = new ActivityFuzzer(seed);
        var all = Enumerable.Range(0, cases).Select(fuzzer.Next).ToArray();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (fuzzCase, token) =>
        {
            var status = await SendAsync(client, fuzzCase, token);
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            // An invoke the bot does not handle is answered 501, as the protocol asks (PROTOCOL.md §3.4); nothing else may be 5xx.
            if (status >= 500 && !(status == StatusCodes.Status501NotImplemented && IsInvoke(fuzzCase)))
            {
                failures.Enqueue($"{status} for {fuzzCase} (seed {seed})");
            }
        });

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(10)));
        Assert.True(statuses.Keys.Count(s => s is >= 400 and < 500) >= 2, "The fuzzer should provoke several kinds of 4xx: " + string.Join(", ", statuses));
        Assert.Contains(StatusCodes.Status200OK, statuses.Keys);

        // Still serving after all of it.
        var replies = await client.ExchangeAsync(Activities.Message("after-fuzz", "help"), Ct);
        Assert.Contains(Words.Messages[MessageIds.Help], replies);

        // Every file the store wrote is inside its folder, under an encoded name.
        var files = Directory.EnumerateFiles(stateDirectory, "*", SearchOption.AllDirectories).ToArray();
        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            Assert.StartsWith(stateDirectory + Path.DirectorySeparatorChar, Path.GetFullPath(file), StringComparison.Ordinal);
            var relative = Path.GetRelativePath(stateDirectory, file);
            Assert.DoesNotContain("..", relative, StringComparison.Ordinal);
            Assert.DoesNotContain(relative, char.IsControl);
        });
        Assert.Equal(["state"], Directory.EnumerateFileSystemEntries(factory.DataDirectory).Select(Path.GetFileName));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetTempPath(), "*FUZZ-ESCAPE*"));
    }

    [Fact]
    public async Task Slow_and_abandoned_uploads_neither_fail_the_server_nor_hold_it_up()
    {
        using var factory = new CoachBotFactory();
        using var client = factory.CreateClient();
        var body = System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(Activities.Message("slow-1", "help"), CoachBot.Protocol.Schema.ProtocolJson.Default.Activity));

        var slow = SendSlowlyAsync(client, body, chunk: 16, pause: TimeSpan.FromMilliseconds(15), Ct);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var stalled = SendSlowlyAsync(client, body[..40], chunk: 8, pause: TimeSpan.FromSeconds(30), abandon.Token);
        var others = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => client.ExchangeAsync(Activities.Message("beside-slow-" + i, "help", userId: "beside-" + i), Ct)));
        await abandon.CancelAsync();

        Assert.All(others, replies => Assert.Contains(Words.Messages[MessageIds.Help], replies));
        Assert.Equal(HttpStatusCode.OK, await slow);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stalled);
    }

    [Fact]
    public async Task First_turns_of_many_new_people_at_once_never_fail_on_a_fresh_store()
    {
        // The store's folders do not exist yet: every writer races to create them.
        for (var round = 0; round < 5; round++)
        {
            using var factory = new CoachBotFactory().With("Logging:LogLevel:Default", "Warning");
            using var client = factory.CreateClient();

            var statuses = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
            {
                using var response = await client.PostAsync(Activities.Message($"first-{round}-{i}", "hello", userId: $"new-{round}-{i}"), Ct);
                return response.StatusCode;
            }));

            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        }
    }

    private static async Task<int> SendAsync(HttpClient client, FuzzCase fuzzCase, CancellationToken cancellationToken)
    {
        if (fuzzCase.Slow)
        {
            return (int)await SendSlowlyAsync(client, fuzzCase.Body, chunk: Math.Max(1, fuzzCase.Body.Length / 8), pause: TimeSpan.FromMilliseconds(5), cancellationToken);
        }

        using var content = new ByteArrayContent(fuzzCase.Body);
        if (fuzzCase.ContentType is { } contentType && MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            content.Headers.ContentType = parsed;
        }
        else if (fuzzCase.ContentType is { Length: > 0 })
        {
            content.Headers.TryAddWithoutValidation("Content-Type", fuzzCase.ContentType);
        }

        using var response = await client.PostAsync("/api/messages", content, cancellationToken);
        return (int)response.StatusCode;
    }

    private static async Task<HttpStatusCode> SendSlowlyAsync(HttpClient client, byte[] body, int chunk, TimeSpan pause, CancellationToken cancellationToken)
    {
        using var content = new StreamContent(new TrickleStream(body, chunk, pause, cancellationToken));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/messages", content, cancellationToken);
        return response.StatusCode;
    }

    private static bool IsInvoke(FuzzCase fuzzCase) =>
        System.Text.Encoding.UTF8.GetString(fuzzCase.Body).Contains("\"type\":\"invoke\"", StringComparison.Ordinal);

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}

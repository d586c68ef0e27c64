using System.Collections.Concurrent;
using CoachBot.Protocol.Schema;
using CoachBot.Storage;
using CoachBot.Storage.FileSystem;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Resilience;

public sealed class ProcessKillTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_a_sigkill_during_a_burst_the_file_store_is_readable_and_no_turn_is_half_applied()
    {
        var data = Directory.CreateTempSubdirectory("coachbot-kill-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Storage:File:Directory"] = data,
            ["LocalWebChannel:Enabled"] = "false",
        };
        var confirmed = new ConcurrentDictionary<string, string>();
        var sent = new ConcurrentBag<Activity>();

        var bot = await BotProcess.StartAsync(settings, Ct);
        var port = bot.Port;
        using (var client = new HttpClient { BaseAddress = bot.BaseAddress })
        {
            using var burst = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var workers = Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !burst.IsCancellationRequested; i++)
                {
                    var activity = Activities.Message($"kill-{worker}-{i / 3}", "help", id: $"kill-{worker}-{i}", userId: $"user-{worker}-{i / 3}");
                    sent.Add(activity);
                    try
                    {
                        var replies = await client.ExchangeAsync(activity, burst.Token);
                        confirmed[activity.Id!] = activity.Conversation!.Id!;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                    {
                        return;
                    }
                }
            }, Ct)).ToArray();

            while (confirmed.Count < 150)
            {
                await Task.Delay(10, Ct);
            }

            await bot.KillAsync();
            await burst.CancelAsync();
            await Task.WhenAll(workers);
        }

        await bot.DisposeAsync();

        // Every state item the killed process left is whole, and every confirmed turn is recorded.
        var store = new FileStore(data);
        foreach (var conversation in sent.Select(a => a.Conversation!.Id!).Distinct())
        {
            var item = await store.ReadAsync($"conversations/test/{conversation}", Ct);
            if (item is null)
            {
                Assert.DoesNotContain(conversation, confirmed.Values);
                continue;
            }

            var json = System.Text.Json.JsonDocument.Parse(item.Value);
            var seen = json.RootElement.GetProperty("seen").EnumerateArray().Select(e => e.GetString()).ToHashSet();
            foreach (var (activityId, _) in confirmed.Where(c => c.Value == conversation))
            {
                Assert.Contains(activityId, seen);
            }
        }

        // A restarted process serves every conversation; confirmed turns are not applied again.
        await using var restarted = await BotProcess.StartAsync(settings, Ct, port);
        using var again = new HttpClient { BaseAddress = restarted.BaseAddress };
        foreach (var activity in sent.Take(60))
        {
            var replies = await again.ExchangeAsync(activity, Ct);
            if (confirmed.ContainsKey(activity.Id!))
            {
                Assert.Empty(replies);
            }
        }

        Directory.Delete(data, recursive: true);
    }
}

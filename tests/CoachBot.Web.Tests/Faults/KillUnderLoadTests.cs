using System.Collections.Concurrent;
using Azure.Storage.Blobs;
using CoachBot.Storage;
using CoachBot.Storage.Blobs;
using CoachBot.Storage.FileSystem;
using CoachBot.Testing.Azurite;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Faults;

/// <summary>
/// SIGKILL while people are checking in, then a restart on the same state: every entry the bot confirmed is
/// there once, and every check-in that was cut off continues where it stopped and files exactly one entry.
/// </summary>
public sealed class KillUnderLoadTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const int People = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_ins_survive_a_sigkill_on_the_file_store()
    {
        var data = Directory.CreateTempSubdirectory("coachbot-kill-checkin-").FullName;
        try
        {
            var settings = new Dictionary<string, string> { ["Storage:File:Directory"] = data, ["LocalWebChannel:Enabled"] = "false" };
            await CheckInsSurviveSigkillAsync(settings, new FileStore(data));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Check_ins_survive_a_sigkill_on_blob_storage()
    {
        var container = AzuriteFixture.NewContainerName();
        var settings = new Dictionary<string, string>
        {
            ["Storage:Kind"] = "Blob",
            ["Storage:Blob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Blob:ContainerName"] = container,
            ["LocalWebChannel:Enabled"] = "false",
        };
        await azurite.Container(container).CreateIfNotExistsAsync(cancellationToken: Ct);
        await CheckInsSurviveSigkillAsync(settings, new BlobStore(azurite.ConnectionString, container, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05)));
    }

    private static async Task CheckInsSurviveSigkillAsync(Dictionary<string, string> settings, IStore store)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var people = Enumerable.Range(0, People).Select(i => new Person($"kill-{run}-{i}", new CheckInScript(i))).ToArray();
        foreach (var person in people)
        {
            await Chat.SeedOnboardedUserAsync(store, "test", person.UserId);
        }

        var bot = await BotProcess.StartAsync(settings, Ct);
        var port = bot.Port;
        var confirmedTurns = 0;
        using (var client = new HttpClient { BaseAddress = bot.BaseAddress })
        {
            using var load = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var workers = people.Select(person => Task.Run(async () =>
            {
                while (person.Next < person.Script.Answers.Count && !load.IsCancellationRequested)
                {
                    try
                    {
                        var replies = await client.ExchangeAsync(person.Turn(person.Next), load.Token);
                        person.Confirm(replies);
                        Interlocked.Increment(ref confirmedTurns);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                    {
                        return;
                    }
                }
            }, Ct)).ToArray();

            // Kill once a good share of the turns is confirmed: some check-ins done, most halfway.
            while (Volatile.Read(ref confirmedTurns) < People * 5 && !workers.All(w => w.IsCompleted))
            {
                await Task.Delay(5, Ct);
            }

            await bot.KillAsync();
            await load.CancelAsync();
            await Task.WhenAll(workers);
        }

        await bot.DisposeAsync();
        Assert.Contains(people, p => p.Next < p.Script.Answers.Count);

        // Entries the bot confirmed before the kill are there, once, whole.
        foreach (var person in people.Where(p => p.Saved))
        {
            person.Script.AssertIsEntry(Assert.Single((await Chat.ReadUserAsync(store, "test", person.UserId))!.Diary));
        }

        await using var restarted = await BotProcess.StartAsync(settings, Ct, port);
        using var again = new HttpClient { BaseAddress = restarted.BaseAddress };
        await Task.WhenAll(people.Select(async person =>
        {
            // The turn that was in flight is sent again with its id: applied already means no reply, else it runs now.
            while (person.Next < person.Script.Answers.Count)
            {
                person.Confirm(await again.ExchangeAsync(person.Turn(person.Next), Ct));
            }
        }));

        foreach (var person in people)
        {
            Assert.True(person.Saved || person.FinalTurnWasAppliedBeforeTheKill, $"{person.UserId}'s check-in did not end with the saved summary: {string.Join(" | ", person.LastReplies)}");
            person.Script.AssertIsEntry(Assert.Single((await Chat.ReadUserAsync(store, "test", person.UserId))!.Diary));
        }
    }

    private sealed class Person(string userId, CheckInScript script)
    {
        public string UserId => userId;

        public string ConversationId => "conv-" + userId;

        public CheckInScript Script => script;

        public int Next { get; private set; }

        public bool Saved { get; private set; }

        public bool FinalTurnWasAppliedBeforeTheKill { get; private set; }

        public IReadOnlyList<string> LastReplies { get; private set; } = [];

        public CoachBot.Protocol.Schema.Activity Turn(int index) =>
            Activities.Message(ConversationId, script.Answers[index], id: $"{ConversationId}-{index}", userId: userId);

        public void Confirm(IReadOnlyList<string> replies)
        {
            LastReplies = replies;
            if (Next == script.Answers.Count - 1)
            {
                Saved = CheckInScript.EndsWithSavedSummary(replies);
                FinalTurnWasAppliedBeforeTheKill = replies.Count == 0;
            }

            Next++;
        }
    }
}

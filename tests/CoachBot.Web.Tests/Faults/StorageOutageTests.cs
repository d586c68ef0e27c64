using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Azure.Storage.Blobs;
using CoachBot.Coaching.Content;
using CoachBot.Protocol.Schema;
using CoachBot.Storage;
using CoachBot.Storage.Blobs;
using CoachBot.Testing.Azurite;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Faults;

/// <summary>
/// Blob storage goes dark for ten seconds while people check in. Azurite sits behind a TCP proxy that resets and
/// refuses connections, so the outage looks like a stopped service while the data behind it is kept to check.
/// </summary>
public sealed class StorageOutageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const int People = 6;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task During_an_outage_turns_get_the_kind_reply_nothing_is_half_written_and_service_resumes_by_itself()
    {
        await using var proxy = TcpOutageProxy.Start(azurite.Azurite.Port);
        var container = AzuriteFixture.NewContainerName();
        var throughProxy = azurite.ConnectionString.Replace($":{azurite.Azurite.Port}/", $":{proxy.Port}/", StringComparison.Ordinal);
        using var factory = new CoachBotFactory()
            .With("Storage:Kind", "Blob")
            .With("Storage:Blob:ConnectionString", throughProxy)
            .With("Storage:Blob:ContainerName", container)
            .With("Storage:Blob:NetworkTimeout", "00:00:03")
            .WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Morning))));
        using var client = factory.CreateClient();
        var direct = new BlobStore(azurite.ConnectionString, container, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05));
        var run = Guid.NewGuid().ToString("N")[..8];
        var people = Enumerable.Range(0, People).Select(i => (UserId: $"outage-{run}-{i}", Script: new CheckInScript(i))).ToArray();
        foreach (var (userId, _) in people)
        {
            await Chat.SeedOnboardedUserAsync(direct, "test", userId);
        }

        var apology = Words.Messages[MessageIds.StorageUnavailable];
        var apologies = 0;
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var oddReplies = new ConcurrentBag<string>();
        var notHalfway = People;
        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outageStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outageOver = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var workers = people.Select(person => Task.Run(async () =>
        {
            var conversationId = "conv-" + person.UserId;
            var answers = person.Script.Answers;
            IReadOnlyList<string> replies = [];
            for (var turn = 0; turn < answers.Count; turn++)
            {
                if (turn == 4)
                {
                    // Everyone is mid check-in when storage goes: the next answer of each meets the outage.
                    if (Interlocked.Decrement(ref notHalfway) == 0)
                    {
                        halfway.SetResult();
                    }

                    await outageStarted.Task.WaitAsync(Ct);
                }

                // A person told "try again in a moment" sends the same answer again, as the same activity.
                while (true)
                {
                    var activity = Activities.Message(conversationId, answers[turn], id: $"{conversationId}-{turn}", userId: person.UserId);
                    using var response = await client.PostAsync(activity, Ct);
                    statuses.Add(response.StatusCode);
                    if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                    {
                        await Task.WhenAny(outageOver.Task, Task.Delay(200, Ct));
                        continue;
                    }

                    response.EnsureSuccessStatusCode();
                    replies = [.. (await response.Content.ReadFromJsonAsync(ProtocolJson.Default.ExpectedReplies, Ct))!.Activities.Select(a => a.Text ?? string.Empty)];
                    if (replies.Count == 1 && replies[0] == apology)
                    {
                        Interlocked.Increment(ref apologies);
                        await Task.WhenAny(outageOver.Task, Task.Delay(200, Ct));
                        continue;
                    }

                    if (replies.Contains(apology))
                    {
                        oddReplies.Add(string.Join(" | ", replies));
                    }

                    break;
                }
            }

            return replies;
        }, Ct)).ToArray();

        await halfway.Task.WaitAsync(Ct);
        await proxy.GoDownAsync();
        outageStarted.SetResult();
        await Task.Delay(Outage, Ct);
        proxy.ComeBack();
        outageOver.SetResult();
        var endings = await Task.WhenAll(workers);

        Assert.True(apologies > 0, "The outage should have reached some turns.");
        Assert.Empty(oddReplies);
        Assert.DoesNotContain(statuses, s => (int)s >= 500 && s != HttpStatusCode.ServiceUnavailable);
        Assert.All(endings, replies => Assert.True(CheckInScript.EndsWithSavedSummary(replies), string.Join(" | ", replies)));
        foreach (var (userId, script) in people)
        {
            script.AssertIsEntry(Assert.Single((await Chat.ReadUserAsync(direct, "test", userId))!.Diary));
        }
    }
}

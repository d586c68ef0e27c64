using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using CoachBot.Protocol.Schema;
using CoachBot.Storage;
using CoachBot.Storage.Blobs;
using CoachBot.Testing.Azurite;
using CoachBot.Web.Tests.Faults;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.MultiInstance;

/// <summary>
/// Two web hosts, each with its own store client, caches and locks, on one Blob container in Azurite: what a
/// load balancer spreading one conversation over several App Service instances does.
/// </summary>
public sealed class TwoInstancesOneStoreTests : IClassFixture<AzuriteFixture>, IDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private readonly CoachBotFactory _first;
    private readonly CoachBotFactory _second;
    private readonly HttpClient[] _clients;
    private readonly BlobStore _store;

    public TwoInstancesOneStoreTests(AzuriteFixture azurite)
    {
        var container = AzuriteFixture.NewContainerName();
        _first = Instance(azurite, container);
        _second = Instance(azurite, container);
        _clients = [_first.CreateClient(), _second.CreateClient()];
        _store = new BlobStore(azurite.ConnectionString, container, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task A_check_in_whose_turns_alternate_between_instances_files_one_whole_entry()
    {
        var script = new CheckInScript(3);
        var (userId, conversationId) = await SeedAsync("alternate");

        IReadOnlyList<string> replies = [];
        for (var turn = 0; turn < script.Answers.Count; turn++)
        {
            replies = await _clients[turn % 2].ExchangeAsync(Turn(conversationId, userId, turn, script), Ct);
            Assert.NotEmpty(replies);
        }

        Assert.True(CheckInScript.EndsWithSavedSummary(replies), string.Join(" | ", replies));
        script.AssertIsEntry(Assert.Single((await Chat.ReadUserAsync(_store, "test", userId))!.Diary));
        Assert.Equal(Enumerable.Range(0, script.Answers.Count).Select(i => $"{conversationId}-{i}").Order(), (await SeenAsync(conversationId)).Order());
        Assert.Equal(0, await DialogDepthAsync(conversationId));
    }

    [Fact]
    public async Task An_answer_redelivered_to_both_instances_at_once_is_applied_once()
    {
        var script = new CheckInScript(4);
        var (userId, conversationId) = await SeedAsync("redelivered");

        var answered = 0;
        for (var turn = 0; turn < script.Answers.Count; turn++)
        {
            // The same activity reaches both instances together, as a channel retry racing the original does.
            var activity = Turn(conversationId, userId, turn, script);
            var both = await Task.WhenAll(_clients.Select(client => client.ExchangeAsync(activity, Ct)));
            Assert.Single(both, replies => replies.Count > 0);
            answered += both.Count(replies => replies.Count > 0);
            if (turn == script.Answers.Count - 1)
            {
                Assert.True(CheckInScript.EndsWithSavedSummary(both.Single(r => r.Count > 0)));
            }
        }

        Assert.Equal(script.Answers.Count, answered);
        script.AssertIsEntry(Assert.Single((await Chat.ReadUserAsync(_store, "test", userId))!.Diary));
        Assert.Equal(script.Answers.Count, (await SeenAsync(conversationId)).Count);
        Assert.Equal(0, await DialogDepthAsync(conversationId));
    }

    private static CoachBotFactory Instance(AzuriteFixture azurite, string container) =>
        new CoachBotFactory()
            .With("Storage:Kind", "Blob")
            .With("Storage:Blob:ConnectionString", azurite.ConnectionString)
            .With("Storage:Blob:ContainerName", container)
            .WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Morning))));

    private static Activity Turn(string conversationId, string userId, int turn, CheckInScript script) =>
        Activities.Message(conversationId, script.Answers[turn], id: $"{conversationId}-{turn}", userId: userId);

    private async Task<(string UserId, string ConversationId)> SeedAsync(string name)
    {
        var userId = $"{name}-{Guid.NewGuid():N}";
        await Chat.SeedOnboardedUserAsync(_store, "test", userId);
        return (userId, "conv-" + userId);
    }

    private async Task<IReadOnlyList<string?>> SeenAsync(string conversationId)
    {
        using var document = await ConversationAsync(conversationId);
        return [.. document.RootElement.GetProperty("seen").EnumerateArray().Select(e => e.GetString())];
    }

    /// <summary>How many dialogs are still active in the stored conversation state: none once a check-in ended.</summary>
    private async Task<int> DialogDepthAsync(string conversationId)
    {
        using var document = await ConversationAsync(conversationId);
        var data = document.RootElement.GetProperty("data");
        return data.TryGetProperty("dialogs", out var dialogs) && dialogs.TryGetProperty("stack", out var stack) ? stack.GetArrayLength() : 0;
    }

    private async Task<JsonDocument> ConversationAsync(string conversationId)
    {
        var item = await _store.ReadAsync($"conversations/test/{conversationId}", Ct);
        Assert.NotNull(item);
        return JsonDocument.Parse(item.Value);
    }
}

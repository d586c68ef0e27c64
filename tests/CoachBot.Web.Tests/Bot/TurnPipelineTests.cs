using System.Net;
using CoachBot.Coaching.Content;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using CoachBot.Storage;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Web.Tests.Bot;

public sealed class TurnPipelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replies_go_to_the_connector_at_the_activity_service_url()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        using var factory = new CoachBotFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(Activities.Message("c-connector", "help", id: "in-1", serviceUrl: connector.ServiceUrl, expectReplies: false), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = connector.Calls.ToArray();
        Assert.Equal(3, calls.Length);
        Assert.All(calls, call => Assert.StartsWith("/v3/conversations/c-connector/activities", call.Path, StringComparison.Ordinal));
        Assert.Equal("/v3/conversations/c-connector/activities/in-1", calls[0].Path);
        Assert.Equal(Words.Messages[MessageIds.Help], calls[1].Activity!.Text);
        Assert.All(calls, call => Assert.Equal(string.Empty, call.Authorization));
    }

    [Fact]
    public async Task A_failing_bot_apologises_and_the_next_turn_starts_clean()
    {
        var bot = new ScriptedBot();
        using var factory = new CoachBotFactory().WithServices(s => s.Replace(ServiceDescriptor.Singleton<IBot>(bot)));
        using var client = factory.CreateClient();

        bot.Throw = true;
        var failed = await client.ExchangeAsync(Activities.Message("c-throw", "one"), Ct);
        bot.Throw = false;
        var next = await client.ExchangeAsync(Activities.Message("c-throw", "two"), Ct);

        Assert.Equal([Words.Messages[MessageIds.Apology]], failed);
        Assert.Equal(["turn 1"], next);
    }

    [Fact]
    public async Task A_storage_outage_gets_a_kind_reply_and_nothing_is_applied()
    {
        var store = new FlakyStore();
        using var factory = new CoachBotFactory().WithServices(s => s.Decorate(store));
        using var client = factory.CreateClient();

        store.Unavailable = true;
        var duringOutage = await client.ExchangeAsync(Activities.Message("c-outage", "help", id: "a1"), Ct);
        store.Unavailable = false;
        var afterwards = await client.ExchangeAsync(Activities.Message("c-outage", "help", id: "a1"), Ct);

        Assert.Equal([Words.Messages[MessageIds.StorageUnavailable]], duringOutage);
        Assert.Equal([Words.Messages[MessageIds.Welcome], Words.Messages[MessageIds.Help]], afterwards.Take(2));
    }

    [Fact]
    public async Task A_turn_that_loses_an_etag_race_is_rerun_and_replies_once()
    {
        var store = new FlakyStore();
        using var factory = new CoachBotFactory().WithServices(s => s.Decorate(store));
        using var client = factory.CreateClient();

        store.ConflictsToInject = 2;
        var replies = await client.ExchangeAsync(Activities.Message("c-race", "help"), Ct);

        Assert.Equal([Words.Messages[MessageIds.Welcome], Words.Messages[MessageIds.Help]], replies.Take(2));
        Assert.Equal(3, replies.Count);
        Assert.Equal(0, store.ConflictsToInject);
    }

    [Fact]
    public async Task Concurrent_turns_of_one_conversation_run_one_at_a_time()
    {
        var bot = new ScriptedBot();
        using var factory = new CoachBotFactory().WithServices(s => s.Replace(ServiceDescriptor.Singleton<IBot>(bot)));
        using var client = factory.CreateClient();

        var turns = Enumerable.Range(0, 20).Select(i => client.ExchangeAsync(Activities.Message("c-serial", $"m{i}"), Ct));
        var replies = (await Task.WhenAll(turns)).SelectMany(r => r).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(0, bot.MaxConcurrency - 1);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"turn {i}").Order(StringComparer.Ordinal), replies);
    }

    [Fact]
    public async Task Turns_of_different_conversations_run_in_parallel()
    {
        var bot = new ScriptedBot { Hold = new TaskCompletionSource() };
        using var factory = new CoachBotFactory().WithServices(s => s.Replace(ServiceDescriptor.Singleton<IBot>(bot)));
        using var client = factory.CreateClient();

        var first = client.ExchangeAsync(Activities.Message("c-par-1", "a"), Ct);
        var second = client.ExchangeAsync(Activities.Message("c-par-2", "b"), Ct);
        await bot.WaitForConcurrencyAsync(2, Ct);
        bot.Hold.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(2, bot.MaxConcurrency);
    }

    /// <summary>A bot that counts turns in conversation state, so state continuity is visible in its replies.</summary>
    private sealed class ScriptedBot : IBot
    {
        private int _running;
        private int _max;

        public bool Throw { get; set; }

        public TaskCompletionSource? Hold { get; init; }

        public int MaxConcurrency => Volatile.Read(ref _max);

        public async Task WaitForConcurrencyAsync(int count, CancellationToken cancellationToken)
        {
            while (Volatile.Read(ref _running) < count)
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
        {
            var running = Interlocked.Increment(ref _running);
            InterlockedMax(ref _max, running);
            try
            {
                if (Hold is not null)
                {
                    await Hold.Task.WaitAsync(cancellationToken);
                }
                else
                {
                    await Task.Yield();
                }

                var state = turnContext.TurnState.Get<CoachBot.Coaching.State.ConversationData>();
                state.Greeted = true;
                var count = (turnContext.TurnState.Get<CoachBot.Coaching.State.UserData>().FirstSeen ?? DateTimeOffset.UnixEpoch).ToUnixTimeSeconds() + 1;
                turnContext.TurnState.Get<CoachBot.Coaching.State.UserData>().FirstSeen = DateTimeOffset.FromUnixTimeSeconds(count);
                if (Throw)
                {
                    throw new InvalidOperationException("scripted failure");
                }

                turnContext.SendActivity($"turn {count}");
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}

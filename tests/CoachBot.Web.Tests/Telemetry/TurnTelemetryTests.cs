using System.Diagnostics;
using System.Net;
using System.Text;
using CoachBot.Coaching.Content;
using CoachBot.Storage;
using CoachBot.Web.Telemetry;
using CoachBot.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Telemetry;

public sealed class TurnTelemetryTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MessageCatalog W => Words.Messages;

    [Fact]
    public async Task A_check_in_leaves_no_user_words_name_or_clear_ids_in_spans_or_metrics()
    {
        using var capture = new TelemetryCapture();
        await using var connector = await FakeConnector.StartAsync(Ct);
        using var factory = TelemetryHost.Create(capture)
            .WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Morning))));
        capture.ListenTo(factory.Services);
        using var client = factory.CreateClient();

        var userId = "u-" + Guid.NewGuid().ToString("N");
        var conversationId = "c-" + Guid.NewGuid().ToString("N");
        const string Name = "Philippa Quarterman-Ossei";
        const string Note = "Knee throbbed after the zumba class";
        await Chat.SeedOnboardedUserAsync(factory.Services.GetRequiredService<IStore>(), "test", userId);
        var chat = new Chat(client, conversationId, userId);
        string[] answers = ["check in", "10:35pm", "same", "25 min", "none", "6:50am", "same", "good", "3", "2", Note];
        IReadOnlyList<string> replies = [];
        foreach (var answer in answers)
        {
            var activity = chat.Message(answer);
            activity.From!.Name = Name;
            replies = await chat.SendAsync(activity);
        }

        Assert.Contains(W["checkin.summary.saved"], replies);
        var delivered = chat.Message("help");
        delivered.ServiceUrl = connector.ServiceUrl;
        delivered.DeliveryMode = null;
        using (var response = await client.PostAsync(delivered, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Short answers ("3", "same") are everywhere in any text; the distinctive ones, the diary's clock values, the name and ids are not.
        string[] forbidden = [userId, conversationId, Name, "Philippa", "Quarterman", Note, "zumba", "10:35", "22:35", "6:50", "06:50", "25 min", delivered.Id!];
        Assert.Empty(PrivacyScan.Leaks(capture.AllStrings(), forbidden));

        var turns = TelemetryHost.TurnSpans(capture, "test", conversationId);
        Assert.Equal(answers.Length + 1, turns.Count);
        Assert.All(turns, turn =>
        {
            Assert.Equal("message", turn.GetTagItem("coachbot.activity.type"));
            Assert.Equal("test", turn.GetTagItem("coachbot.channel.id"));
            Assert.Equal("completed", turn.GetTagItem("coachbot.turn.outcome"));
            Assert.Equal(1, turn.GetTagItem("coachbot.turn.attempts"));
            Assert.Equal(TelemetryHost.Ids.Hash("test", userId), turn.GetTagItem("coachbot.user.hash"));
        });

        var storeSpans = capture.Spans.Where(s => s.Source.Name == TracingStore.SourceName && turns.Any(t => t.SpanId == s.ParentSpanId)).ToArray();
        Assert.Contains(storeSpans, s => s.OperationName == "store read" && Equals(s.GetTagItem("coachbot.store.scope"), "users"));
        Assert.Contains(storeSpans, s => s.OperationName == "store write" && Equals(s.GetTagItem("coachbot.store.scope"), "conversations"));

        var connectorCalls = capture.Spans.Where(s => s.Kind == ActivityKind.Client && s.GetTagItem("url.full") is string url && url.StartsWith(connector.ServiceUrl.TrimEnd('/'), StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(connectorCalls);
        Assert.All(connectorCalls, call => Assert.EndsWith("/v3/conversations/{id}/activities/{id}", (string)call.GetTagItem("url.full")!, StringComparison.Ordinal));

        Assert.Contains(capture.Measurements, m => m.Instrument == "coachbot.turns" && m.Tags["coachbot.turn.outcome"] == "completed" && m.Tags["coachbot.channel.id"] == "test");
        // The host runs on a fake clock, so durations are zero here; what matters is one per turn.
        Assert.Equal(capture.Measurements.Count(m => m.Instrument == "coachbot.turns"), capture.Measurements.Count(m => m.Instrument == "coachbot.turn.duration"));
        Assert.Contains(capture.Measurements, m => m.Instrument == "coachbot.storage.writes");
    }

    [Fact]
    public async Task A_turn_that_loses_an_etag_race_reports_two_attempts_and_a_storage_conflict()
    {
        using var capture = new TelemetryCapture();
        var racing = new RacingStore();
        using var factory = TelemetryHost.Create(capture).WithServices(racing.AddTo);
        capture.ListenTo(factory.Services);
        using var client = factory.CreateClient();
        var conversationId = "race-" + Guid.NewGuid().ToString("N");

        await client.ExchangeAsync(Activities.Message(conversationId, "hello"), Ct);
        racing.RacesToLose = 1;
        await client.ExchangeAsync(Activities.Message(conversationId, "help"), Ct);

        var second = TelemetryHost.TurnSpans(capture, "test", conversationId)[1];
        Assert.Equal(2, second.GetTagItem("coachbot.turn.attempts"));
        Assert.Equal("completed", second.GetTagItem("coachbot.turn.outcome"));
        Assert.Contains(capture.Spans, s => s.ParentSpanId == second.SpanId && Equals(s.GetTagItem("coachbot.store.outcome"), "conflict"));
        Assert.Contains(capture.Measurements, m => m.Instrument == "coachbot.storage.conflicts" && m.Value == 1);
        Assert.Contains(capture.Measurements, m => m.Instrument == "coachbot.turn.reruns" && m.Value == 1);
    }

    [Fact]
    public async Task A_storage_outage_and_a_malformed_body_are_reported_as_such()
    {
        using var capture = new TelemetryCapture();
        var flaky = new FlakyStore();
        using var factory = TelemetryHost.Create(capture).WithServices(s => s.Decorate(flaky));
        capture.ListenTo(factory.Services);
        using var client = factory.CreateClient();

        flaky.Unavailable = true;
        var apology = await client.ExchangeAsync(Activities.Message("outage-" + Guid.NewGuid().ToString("N"), "help"), Ct);
        flaky.Unavailable = false;
        using var malformed = await client.PostAsync("/api/messages", new StringContent("{\"type\":", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal([W[MessageIds.StorageUnavailable]], apology);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var outcomes = capture.Measurements.Where(m => m.Instrument == "coachbot.turns").Select(m => m.Tags["coachbot.turn.outcome"]).ToArray();
        Assert.Contains("storage_unavailable", outcomes);
        Assert.Contains("rejected", outcomes);
        Assert.Contains(capture.Spans, s => s.Source.Name == TurnTelemetry.SourceName && Equals(s.GetTagItem("coachbot.turn.outcome"), "storage_unavailable") && s.Status == ActivityStatusCode.Error);
    }

    [Fact]
    public void Prompt_metrics_keep_channels_and_reasons_to_known_words()
    {
        using var capture = new TelemetryCapture();
        using var factory = TelemetryHost.Create(capture);
        capture.ListenTo(factory.Services);
        var prompts = factory.Services.GetRequiredService<PromptMetrics>();

        prompts.RecordSent("msteams");
        prompts.RecordFailed("webchat", "connector_error");
        prompts.RecordFailed("my-own-channel", "Sam said: not now");

        var sent = Assert.Single(capture.Measurements, m => m.Instrument == "coachbot.prompts.sent");
        Assert.Equal("msteams", sent.Tags["coachbot.channel.id"]);
        var failed = capture.Measurements.Where(m => m.Instrument == "coachbot.prompts.failed").Select(m => (m.Tags["coachbot.channel.id"], m.Tags["coachbot.prompt.failure"])).ToArray();
        Assert.Equal([("webchat", "connector_error"), ("other", "other")], failed);
    }

    [Theory]
    [InlineData("/v3/conversations/a:1Xy_z9/activities/1712345678901", "/v3/conversations/{id}/activities/{id}")]
    [InlineData("/v3/directline/conversations/abc/activities", "/v3/directline/conversations/{id}/activities")]
    [InlineData("/devstoreaccount1/coachbot-state/users/test/sam", "/{id}/{id}/{id}/{id}/{id}")]
    [InlineData("/api/messages", "/api/messages")]
    [InlineData("", "/")]
    public void Paths_in_http_spans_become_templates(string path, string template) =>
        Assert.Equal(template, HttpTelemetryRedaction.TemplateOf(path));

    [Fact]
    public void Ids_are_keyed_hashes_that_match_only_under_the_same_key()
    {
        var other = new TelemetryIds(Microsoft.Extensions.Options.Options.Create(new TelemetryOptions { IdSalt = "another-salt-of-enough-length" }));

        var hash = TelemetryHost.Ids.Hash("msteams", "29:1abc");

        Assert.Equal(hash, TelemetryHost.Ids.Hash("msteams", "29:1abc"));
        Assert.NotEqual(hash, TelemetryHost.Ids.Hash("webchat", "29:1abc"));
        Assert.NotEqual(hash, other.Hash("msteams", "29:1abc"));
        Assert.Matches("^[0-9a-f]{16}$", hash);
    }

    [Fact]
    public void Azure_Monitor_is_wired_only_when_a_connection_string_is_set()
    {
        var without = WebApplication.CreateBuilder();
        without.AddCoachBotTelemetry();
        var with = WebApplication.CreateBuilder();
        with.Configuration[CoachBotTelemetryExtensions.AzureMonitorConnectionStringKey] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:1/";
        with.AddCoachBotTelemetry();

        Assert.DoesNotContain(without.Services, d => d.ServiceType == typeof(AzureMonitorRegistration));
        Assert.Contains(with.Services, d => d.ServiceType == typeof(AzureMonitorRegistration));
    }
}

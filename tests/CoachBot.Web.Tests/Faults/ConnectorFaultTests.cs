using System.Net;
using CoachBot.Coaching.Content;
using Microsoft.AspNetCore.Http;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Faults;

public sealed class ConnectorFaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_connector_that_hangs_or_fails_for_one_conversation_does_not_hold_up_the_others()
    {
        await using var hanging = await ScriptedConnector.HangingAsync(Ct);
        await using var failing = await ScriptedConnector.FailingAsync(StatusCodes.Status503ServiceUnavailable, Ct);
        await using var healthy = await FakeConnector.StartAsync(Ct);
        using var factory = new CoachBotFactory()
            .With("Connector:AttemptTimeout", "00:00:05")
            .With("Connector:TotalTimeout", "00:00:08")
            .With("Connector:RetryDelay", "00:00:00.500");
        using var client = factory.CreateClient();

        var hung = client.PostAsync(Delivered("stuck", "help", hanging.ServiceUrl), Ct);
        var failed = client.PostAsync(Delivered("failing", "help", failing.ServiceUrl), Ct);
        await hanging.FirstCall.WaitAsync(Ct);
        await failing.FirstCall.WaitAsync(Ct);

        // Eight other people, three turns each, all delivered through the healthy Connector.
        var others = await Task.WhenAll(Enumerable.Range(0, 8).Select(async person =>
        {
            var statuses = new List<HttpStatusCode>();
            foreach (var text in new[] { "hello", "help", "help" })
            {
                using var response = await client.PostAsync(Delivered("other-" + person, text, healthy.ServiceUrl, "user-" + person), Ct);
                statuses.Add(response.StatusCode);
            }

            return statuses;
        }));

        Assert.False(hung.IsCompleted, "The hanging conversation's turn should still be waiting for its Connector.");
        Assert.False(failed.IsCompleted, "The failing conversation's turn should still be retrying.");
        Assert.All(others.SelectMany(s => s), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(8 * 2, healthy.Sent.Count(a => a.Text == Words.Messages[MessageIds.Help]));

        hanging.Release();
        using var hungResponse = await hung;
        using var failedResponse = await failed;

        // The turns were saved before delivery; a Connector's trouble is logged, not turned into a server error.
        Assert.Equal(HttpStatusCode.OK, hungResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, failedResponse.StatusCode);
        Assert.True(failing.Calls > 1, "503 is retried");
    }

    private static CoachBot.Protocol.Schema.Activity Delivered(string conversationId, string text, string serviceUrl, string? userId = null) =>
        Activities.Message(conversationId, text, userId: userId ?? "user-" + conversationId, serviceUrl: serviceUrl, expectReplies: false);
}

using System.Diagnostics;
using System.Net;
using CoachBot.Protocol.Connector;

namespace CoachBot.Protocol.Tests.Connector;

public sealed class ConnectorClientRetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_429_is_retried_no_sooner_than_its_retry_after()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(429, """{"error":{"code":"Throttled"}}""", ("Retry-After", "1"));

        var response = await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        Assert.Equal("activity-1", response.Id);
        var requests = connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(
            Stopwatch.GetElapsedTime(requests[0].ArrivedAt, requests[1].ArrivedAt) >= TimeSpan.FromSeconds(1),
            "The retry came back before the Retry-After second was over.");
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task A_transient_failure_is_retried(int status)
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(status);

        var response = await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, connector.Requests.Count);
        Assert.Equal(connector.Requests[0].Body, connector.Requests[1].Body);
    }

    [Fact]
    public async Task Retries_stop_after_three()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        for (var i = 0; i < 5; i++)
        {
            connector.Enqueue(503);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, connector.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(405)]
    [InlineData(413)]
    [InlineData(500)]
    [InlineData(501)]
    public async Task A_final_failure_is_not_retried(int status)
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task A_429_asking_for_longer_than_the_whole_call_may_take_is_not_waited_for()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url, ("Connector:TotalTimeout", "00:00:05"), ("Connector:AttemptTimeout", "00:00:05"));
        connector.Enqueue(429, null, ("Retry-After", "3600"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task A_connector_that_cannot_be_reached_surfaces_as_a_connector_exception()
    {
        string closedUrl;
        await using (var gone = await FakeConnector.StartAsync(Ct))
        {
            closedUrl = gone.Url;
        }

        await using var host = ConnectorTestHost.Create(closedUrl, ("Connector:RetryDelay", "00:00:00"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(closedUrl), Ct));

        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }
}

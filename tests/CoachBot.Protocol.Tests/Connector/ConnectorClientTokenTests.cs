using System.Net;
using CoachBot.Protocol.Connector;

namespace CoachBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reply_to_a_trusted_connector_carries_the_bearer_token()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);

        await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        Assert.Equal("Bearer token-1", Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task The_token_comes_from_the_tenants_authority_with_the_bot_framework_scope()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);

        await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        var (uri, body) = Assert.Single(host.Tokens.Requests);
        Assert.Equal($"https://login.authority.test/{ConnectorTestHost.TenantId}/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
        Assert.Contains("grant_type=client_credentials", body, StringComparison.Ordinal);
        Assert.Contains("scope=" + Uri.EscapeDataString("https://api.botframework.com/.default"), body, StringComparison.Ordinal);
        Assert.Contains("client_id=" + ConnectorTestHost.AppId, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multi_tenant_bot_takes_its_token_from_the_botframework_com_tenant()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url, ("MicrosoftAppType", "multitenant"), ("MicrosoftAppTenantId", null));

        await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        var (uri, _) = Assert.Single(host.Tokens.Requests);
        Assert.Equal("https://login.authority.test/botframework.com/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task One_token_serves_many_sends()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);

        for (var i = 0; i < 5; i++)
        {
            await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);
        }

        Assert.Equal(1, host.Tokens.TokenRequests);
        Assert.All(connector.Requests, request => Assert.Equal("Bearer token-1", request.Authorization));
        Assert.Equal(5, connector.Requests.Count);
    }

    [Fact]
    public async Task Concurrent_sends_wait_for_a_single_token_acquisition()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Tokens.Gate = release.Task;

        var sends = Enumerable.Range(0, 8)
            .Select(_ => host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct))
            .ToList();
        release.SetResult();
        await Task.WhenAll(sends);

        Assert.Equal(1, host.Tokens.TokenRequests);
        Assert.Equal(8, connector.Requests.Count);
    }

    [Fact]
    public async Task A_token_with_under_five_minutes_left_is_replaced_before_the_next_send()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        host.Tokens.ExpiresInSeconds = 240;

        await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);
        await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        Assert.Equal(2, host.Tokens.TokenRequests);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], connector.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_connector_401_forces_one_token_refresh_and_one_retry()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(401);

        var response = await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, host.Tokens.TokenRequests);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], connector.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_second_401_after_the_refresh_surfaces_without_further_tries()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(401);
        connector.Enqueue(401);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(2, connector.Requests.Count);
        Assert.Equal(2, host.Tokens.TokenRequests);
    }

    [Fact]
    public async Task An_unknown_loopback_service_url_receives_no_token()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(trustedServiceUrl: null);

        await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        Assert.Null(Assert.Single(connector.Requests).Authorization);
        Assert.Equal(0, host.Tokens.TokenRequests);
    }

    [Fact]
    public async Task A_trusted_url_on_another_port_receives_no_token()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        var otherPort = new UriBuilder(connector.Url) { Port = new Uri(connector.Url).Port == 1 ? 2 : 1 }.Uri.ToString();
        await using var host = ConnectorTestHost.Create(otherPort);

        await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        Assert.Null(Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task A_recorded_service_url_off_the_allow_list_receives_no_token()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(trustedServiceUrl: null);
        host.Trust.RecordAuthenticated(connector.Url);

        await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        Assert.Null(Assert.Single(connector.Requests).Authorization);
        Assert.Equal(0, host.Tokens.TokenRequests);
    }

    [Fact]
    public async Task Anonymous_mode_sends_no_token()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(
            connector.Url, ("MicrosoftAppId", ""), ("MicrosoftAppPassword", null), ("MicrosoftAppType", null), ("MicrosoftAppTenantId", null));

        await host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct);

        Assert.Null(Assert.Single(connector.Requests).Authorization);
        Assert.Equal(0, host.Tokens.TokenRequests);
        Assert.Null(await host.TokenProvider.GetTokenAsync(forceRefresh: true, Ct));
    }

    [Fact]
    public async Task A_refused_secret_fails_the_call_without_the_secret_in_the_error_or_the_logs()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        host.Tokens.RefuseWith = "invalid_client";

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct));

        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ConnectorTestHost.Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, entry => entry.EventId.Id == 1101);
        Assert.All(host.Logs.Entries, entry => Assert.DoesNotContain(ConnectorTestHost.Secret, entry.Text, StringComparison.Ordinal));
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task Tokens_never_appear_in_the_logs()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(401);
        connector.Enqueue(403, """{"error":{"code":"BotDisabledByAdmin","message":"user text must not be logged"}}""");

        await Assert.ThrowsAsync<ConnectorException>(() => host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct));

        Assert.NotEmpty(host.Logs.Entries);
        Assert.All(host.Logs.Entries, entry =>
        {
            Assert.DoesNotContain("token-1", entry.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("token-2", entry.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(ConnectorTestHost.Secret, entry.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("must not be logged", entry.Text, StringComparison.Ordinal);
        });
    }
}

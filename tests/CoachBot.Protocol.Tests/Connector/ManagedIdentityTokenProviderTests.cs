using Azure.Core;
using Azure.Identity;
using CoachBot.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Protocol.Tests.Connector;

public sealed class ManagedIdentityTokenProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 7, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_token_is_reused_until_it_has_under_five_minutes_left()
    {
        var clock = new FakeTimeProvider(Start);
        var credential = new CountingCredential(clock, TimeSpan.FromHours(1));
        using var provider = new ManagedIdentityTokenProvider(credential, clock, NullLogger<ManagedIdentityTokenProvider>.Instance);

        var first = await provider.GetTokenAsync(forceRefresh: false, Ct);
        clock.Advance(TimeSpan.FromMinutes(54));
        var second = await provider.GetTokenAsync(forceRefresh: false, Ct);
        clock.Advance(TimeSpan.FromMinutes(2));
        var third = await provider.GetTokenAsync(forceRefresh: false, Ct);

        Assert.Equal("msi-1", first);
        Assert.Equal("msi-1", second);
        Assert.Equal("msi-2", third);
        Assert.Equal([BotTokenDefaults.Scope], credential.Scopes);
    }

    [Fact]
    public async Task A_forced_refresh_asks_the_credential_again()
    {
        var clock = new FakeTimeProvider(Start);
        var credential = new CountingCredential(clock, TimeSpan.FromHours(1));
        using var provider = new ManagedIdentityTokenProvider(credential, clock, NullLogger<ManagedIdentityTokenProvider>.Instance);

        await provider.GetTokenAsync(forceRefresh: false, Ct);
        var refreshed = await provider.GetTokenAsync(forceRefresh: true, Ct);

        Assert.Equal("msi-2", refreshed);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_acquisition()
    {
        var clock = new FakeTimeProvider(Start);
        var credential = new CountingCredential(clock, TimeSpan.FromHours(1)) { Gate = new TaskCompletionSource() };
        using var provider = new ManagedIdentityTokenProvider(credential, clock, NullLogger<ManagedIdentityTokenProvider>.Instance);

        var callers = Enumerable.Range(0, 6).Select(_ => provider.GetTokenAsync(forceRefresh: false, Ct).AsTask()).ToList();
        credential.Gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, token => Assert.Equal("msi-1", token));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task An_unavailable_identity_surfaces_as_a_connector_exception()
    {
        var clock = new FakeTimeProvider(Start);
        var credential = new CountingCredential(clock, TimeSpan.FromHours(1)) { Failure = new CredentialUnavailableException("no identity endpoint") };
        using var provider = new ManagedIdentityTokenProvider(credential, clock, NullLogger<ManagedIdentityTokenProvider>.Instance);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => provider.GetTokenAsync(forceRefresh: false, Ct).AsTask());

        Assert.IsType<CredentialUnavailableException>(error.InnerException);
    }

    private sealed class CountingCredential(TimeProvider clock, TimeSpan lifetime) : TokenCredential
    {
        private int _calls;

        public int Calls => _calls;

        public string[] Scopes { get; private set; } = [];

        public TaskCompletionSource? Gate { get; init; }

        public Exception? Failure { get; init; }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The provider must use the asynchronous path.");

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes = requestContext.Scopes;
            var call = Interlocked.Increment(ref _calls);
            if (Gate is not null)
            {
                await Gate.Task.WaitAsync(cancellationToken);
            }

            if (Failure is not null)
            {
                throw Failure;
            }

            return new AccessToken("msi-" + call, clock.GetUtcNow() + lifetime);
        }
    }
}

using CoachBot.Protocol.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Tests.Authentication;

public sealed class AdditionalTokenIssuerTests
{
    private const string LocalIssuer = "http://localhost:3978/local-channel";
    private const string LocalServiceUrl = "http://localhost:3978/local-channel/";

    private static AuthenticationTestBed CreateWithLocalIssuer() =>
        AuthenticationTestBed.Create(services =>
            services.AddSingleton<IAdditionalTokenIssuer>(new LocalIssuerStub(LocalIssuer, ["webchat"], TestSigningKey.Local.SecurityKey)));

    private static string MintLocal(AuthenticationTestBed bed, TestSigningKey key, Action<SecurityTokenDescriptor>? adjust = null) =>
        bed.Mint(key, descriptor =>
        {
            descriptor.Issuer = LocalIssuer;
            descriptor.Claims["serviceurl"] = LocalServiceUrl;
            adjust?.Invoke(descriptor);
        });

    [Fact]
    public async Task Token_from_a_registered_issuer_is_accepted_with_that_issuers_endorsements()
    {
        using var bed = CreateWithLocalIssuer();

        var result = await bed.AuthenticateAsync(MintLocal(bed, TestSigningKey.Local));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.True(result.ValidateActivity("webchat", LocalServiceUrl, out var reason), reason);
        Assert.False(result.ValidateActivity("msteams", LocalServiceUrl, out _));
        Assert.False(result.ValidateActivity("webchat", AuthenticationTestBed.ServiceUrl, out _));
        Assert.Equal(0, bed.Login.Requests);
    }

    [Fact]
    public async Task Token_from_a_registered_issuer_signed_by_another_key_is_rejected()
    {
        using var bed = CreateWithLocalIssuer();

        var result = await bed.AuthenticateAsync(MintLocal(bed, TestSigningKey.Primary));

        Assert.False(result.Succeeded);
        Assert.Equal(0, bed.Login.Requests);
    }

    [Fact]
    public async Task Token_from_a_registered_issuer_for_another_audience_is_rejected()
    {
        using var bed = CreateWithLocalIssuer();

        var result = await bed.AuthenticateAsync(MintLocal(bed, TestSigningKey.Local, descriptor => descriptor.Audience = "https://api.botframework.com"));

        Assert.Equal("the token's audience is not this bot", result.FailureReason);
    }

    [Fact]
    public async Task Expired_token_from_a_registered_issuer_is_rejected()
    {
        using var bed = CreateWithLocalIssuer();
        var now = bed.Time.GetUtcNow().UtcDateTime;

        var result = await bed.AuthenticateAsync(MintLocal(bed, TestSigningKey.Local, descriptor =>
        {
            descriptor.NotBefore = descriptor.IssuedAt = now.AddHours(-1);
            descriptor.Expires = now.AddMinutes(-6);
        }));

        Assert.Equal("the token has expired", result.FailureReason);
    }

    [Fact]
    public async Task Token_from_a_registered_issuer_without_serviceurl_admits_no_activity()
    {
        using var bed = CreateWithLocalIssuer();

        var result = await bed.AuthenticateAsync(MintLocal(bed, TestSigningKey.Local, descriptor => descriptor.Claims.Remove("serviceurl")));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.ValidateActivity("webchat", LocalServiceUrl, out _));
    }

    [Fact]
    public async Task Channel_token_signed_with_an_additional_issuers_key_is_rejected()
    {
        using var bed = CreateWithLocalIssuer();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Local));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Additional_issuer_whose_keys_fail_rejects_its_tokens_without_throwing()
    {
        using var bed = AuthenticationTestBed.Create(services =>
            services.AddSingleton<IAdditionalTokenIssuer>(new LocalIssuerStub(LocalIssuer, ["webchat"], failure: new InvalidOperationException("no key yet"))));

        var result = await bed.AuthenticateAsync(MintLocal(bed, TestSigningKey.Local));

        Assert.Equal("the issuer's signing keys are unavailable", result.FailureReason);
        Assert.Single(bed.Logs.WithEventId(1008));
    }

    [Fact]
    public void Additional_issuer_may_not_claim_the_bot_framework_issuer()
    {
        using var bed = AuthenticationTestBed.Create(services =>
            services.AddSingleton<IAdditionalTokenIssuer>(new LocalIssuerStub(AuthenticationTestBed.ChannelIssuer, ["msteams"], TestSigningKey.Local.SecurityKey)));

        Assert.Throws<InvalidOperationException>(() => bed.Authenticator);
    }

    private sealed class LocalIssuerStub(string issuer, string[] channels, SecurityKey? key = null, Exception? failure = null)
        : IAdditionalTokenIssuer
    {
        public string Issuer => issuer;

        public IReadOnlyCollection<string> EndorsedChannelIds => channels;

        public IEnumerable<SecurityKey> GetSigningKeys() => failure is null ? [key!] : throw failure;
    }
}

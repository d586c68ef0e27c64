using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Tests.Authentication;

public sealed class ChannelTokenTests
{
    [Fact]
    public async Task Valid_channel_token_is_authenticated_and_passes_the_channel_checks()
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.True(result.RequiresChannelChecks);
        Assert.Equal(AuthenticationTestBed.ServiceUrl, result.Identity!.FindFirst("serviceurl")!.Value);
        Assert.True(result.ValidateActivity("msteams", AuthenticationTestBed.ServiceUrl, out var reason), reason);
        Assert.False(bed.Authenticator.IsAnonymous);
        Assert.Equal(
            [FakeBotFrameworkLogin.RealMetadataUrl, FakeBotFrameworkLogin.RealKeysUrl],
            bed.Login.RequestedUrls);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Token_signed_with_a_longer_rsa_hash_is_accepted(string algorithm)
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary, algorithm: algorithm));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_expired_six_minutes_ago_is_rejected()
    {
        using var bed = AuthenticationTestBed.Create();
        var now = bed.Time.GetUtcNow().UtcDateTime;

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary, descriptor =>
        {
            descriptor.NotBefore = descriptor.IssuedAt = now.AddHours(-1);
            descriptor.Expires = now.AddMinutes(-6);
        }));

        Assert.False(result.Succeeded);
        Assert.Equal("the token has expired", result.FailureReason);
    }

    [Fact]
    public async Task Token_expired_four_minutes_ago_is_accepted_within_the_clock_skew()
    {
        using var bed = AuthenticationTestBed.Create();
        var now = bed.Time.GetUtcNow().UtcDateTime;

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary, descriptor =>
        {
            descriptor.NotBefore = descriptor.IssuedAt = now.AddHours(-1);
            descriptor.Expires = now.AddMinutes(-4);
        }));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_that_turns_valid_six_minutes_from_now_is_rejected()
    {
        using var bed = AuthenticationTestBed.Create();
        var now = bed.Time.GetUtcNow().UtcDateTime;

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary, descriptor =>
        {
            descriptor.NotBefore = descriptor.IssuedAt = now.AddMinutes(6);
            descriptor.Expires = now.AddHours(1);
        }));

        Assert.False(result.Succeeded);
        Assert.Equal("the token is not valid yet", result.FailureReason);
    }

    [Fact]
    public async Task Token_without_an_expiry_is_rejected()
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary, descriptor => descriptor.Expires = null));

        Assert.False(result.Succeeded);
        Assert.Equal("the token has no expiry", result.FailureReason);
    }

    [Fact]
    public async Task Lifetime_follows_the_injected_clock()
    {
        using var bed = AuthenticationTestBed.Create();
        var token = bed.Mint(TestSigningKey.Primary);
        Assert.True((await bed.AuthenticateAsync(token)).Succeeded);

        bed.Time.Advance(TimeSpan.FromMinutes(59 + 6));

        Assert.False((await bed.AuthenticateAsync(token)).Succeeded);
    }

    [Theory]
    [InlineData("c9a1d7e4-2b3f-4d6a-8e5c-1f0b2a3c4d5e")]
    [InlineData("https://api.botframework.com")]
    [InlineData(AuthenticationTestBed.AppId + "/")]
    [InlineData(null)]
    public async Task Token_for_another_audience_is_rejected(string? audience)
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary, descriptor => descriptor.Audience = audience));

        Assert.False(result.Succeeded);
        Assert.Equal("the token's audience is not this bot", result.FailureReason);
    }

    [Theory]
    [InlineData("https://api.botframework.com.evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("http://api.botframework.com")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/")]
    [InlineData("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0")]
    [InlineData("")]
    public async Task Token_from_an_untrusted_issuer_is_rejected_before_any_key_is_fetched(string issuer)
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary, descriptor => descriptor.Issuer = issuer));

        Assert.False(result.Succeeded);
        Assert.Equal("the token's issuer is not trusted", result.FailureReason);
        Assert.Equal(0, bed.Login.Requests);
        Assert.Single(bed.Logs.WithEventId(1001));
    }

    // PROTOCOL.md §1.5: Entra-issued channel tokens are reported by third parties only; docs and the
    // Teams SDK accept api.botframework.com alone. We refuse them too, and log the bot's own tenant
    // distinctly so an operator would notice if Azure Bot Service ever sent them.
    [Theory]
    [InlineData("https://sts.windows.net/" + AuthenticationTestBed.TenantId + "/")]
    [InlineData("https://login.microsoftonline.com/" + AuthenticationTestBed.TenantId + "/v2.0")]
    public async Task Token_issued_by_the_bots_own_entra_tenant_is_rejected_and_logged(string issuer)
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary, descriptor => descriptor.Issuer = issuer));

        Assert.False(result.Succeeded);
        Assert.Equal(0, bed.Login.Requests);
        Assert.Single(bed.Logs.WithEventId(1002));
    }

    [Fact]
    public async Task Token_with_a_flipped_signature_byte_is_rejected()
    {
        using var bed = AuthenticationTestBed.Create();
        var parts = bed.Mint(TestSigningKey.Primary).Split('.');
        var signature = parts[2].ToCharArray();
        signature[20] = signature[20] == 'A' ? 'B' : 'A';

        var result = await bed.AuthenticateAsync($"{parts[0]}.{parts[1]}.{new string(signature)}");

        Assert.False(result.Succeeded);
        Assert.Equal("the token's signature is invalid", result.FailureReason);
    }

    [Fact]
    public async Task Token_signed_by_a_foreign_key_under_a_known_kid_is_rejected()
    {
        using var bed = AuthenticationTestBed.Create();
        var impostor = TestSigningKey.Foreign.WithId(TestSigningKey.Primary.Id);

        var result = await bed.AuthenticateAsync(bed.Mint(impostor));

        Assert.False(result.Succeeded);
        Assert.Equal("the token's signature is invalid", result.FailureReason);
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_is_rejected()
    {
        using var bed = AuthenticationTestBed.Create();
        var payload = bed.Mint(TestSigningKey.Primary).Split('.')[1];
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","kid":"{{TestSigningKey.Primary.Id}}","typ":"JWT"}"""));

        var result = await bed.AuthenticateAsync($"{header}.{payload}.");

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Token_signed_with_HS256_keyed_by_the_public_key_bytes_is_rejected()
    {
        using var bed = AuthenticationTestBed.Create();
        var publicKeyAsSecret = new SymmetricSecurityKey(TestSigningKey.Primary.Rsa.ExportSubjectPublicKeyInfo())
        {
            KeyId = TestSigningKey.Primary.Id,
        };

        var result = await bed.AuthenticateAsync(bed.Mint(new SigningCredentials(publicKeyAsSecret, SecurityAlgorithms.HmacSha256)));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Token_signed_with_rsa_pss_is_rejected()
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary, algorithm: SecurityAlgorithms.RsaSsaPssSha256));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Token_that_names_no_signing_key_is_rejected()
    {
        using var bed = AuthenticationTestBed.Create();
        var keyWithoutId = new RsaSecurityKey(TestSigningKey.Primary.Rsa);

        var result = await bed.AuthenticateAsync(bed.Mint(new SigningCredentials(keyWithoutId, SecurityAlgorithms.RsaSha256)));

        Assert.False(result.Succeeded);
        Assert.Equal("the token names no signing key (kid)", result.FailureReason);
    }
}

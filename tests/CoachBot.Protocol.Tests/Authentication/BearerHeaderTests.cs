namespace CoachBot.Protocol.Tests.Authentication;

public sealed class BearerHeaderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer one two")]
    [InlineData("Bearer ")]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJ!!!.eyJ%%%.c2ln")]
    [InlineData("Bearer a.b.c")]
    public async Task Malformed_authorization_header_is_rejected_without_fetching_keys(string? header)
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.Authenticator.AuthenticateAsync(header, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrEmpty(result.FailureReason));
        Assert.Equal(0, bed.Login.Requests);
    }

    [Theory]
    [InlineData("bearer ")]
    [InlineData("BEARER ")]
    [InlineData("Bearer  ")]
    [InlineData(" Bearer ")]
    public async Task Valid_token_behind_a_scheme_other_than_exact_Bearer_and_one_space_is_rejected(string prefix)
    {
        using var bed = AuthenticationTestBed.Create();
        var token = bed.Mint(TestSigningKey.Primary);

        var result = await bed.Authenticator.AuthenticateAsync(prefix + token, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(0, bed.Login.Requests);
    }

    [Fact]
    public async Task Failure_reason_never_contains_the_token()
    {
        using var bed = AuthenticationTestBed.Create();
        var token = bed.Mint(TestSigningKey.Primary, descriptor => descriptor.Audience = "someone-else");

        var result = await bed.AuthenticateAsync(token);

        Assert.False(result.Succeeded);
        Assert.DoesNotContain(token.Split('.')[1], result.FailureReason!, StringComparison.Ordinal);
        Assert.All(bed.Logs.Entries, entry => Assert.DoesNotContain(token.Split('.')[2], entry.Message, StringComparison.Ordinal));
    }
}

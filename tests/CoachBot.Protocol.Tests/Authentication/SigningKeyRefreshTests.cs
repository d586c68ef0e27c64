namespace CoachBot.Protocol.Tests.Authentication;

public sealed class SigningKeyRefreshTests
{
    private const int RequestsPerLoad = 2;

    [Fact]
    public async Task Keys_are_fetched_once_for_many_valid_tokens()
    {
        using var bed = AuthenticationTestBed.Create();

        for (var i = 0; i < 20; i++)
        {
            Assert.True((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary))).Succeeded);
        }

        Assert.Equal(RequestsPerLoad, bed.Login.Requests);
    }

    [Fact]
    public async Task Unknown_kid_is_rejected_with_one_refresh_in_all_not_one_per_request()
    {
        using var bed = AuthenticationTestBed.Create();
        Assert.True((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary))).Succeeded);

        var results = await Task.WhenAll(Enumerable.Range(0, 25)
            .Select(_ => bed.AuthenticateAsync(bed.Mint(TestSigningKey.Secondary))));

        Assert.All(results, result => Assert.Equal("the token's signing key is unknown", result.FailureReason));
        Assert.Equal(2 * RequestsPerLoad, bed.Login.Requests);
        Assert.Single(bed.Logs.WithEventId(1004));
    }

    [Fact]
    public async Task Forced_refresh_is_allowed_again_only_after_five_minutes()
    {
        using var bed = AuthenticationTestBed.Create();
        Assert.False((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Secondary))).Succeeded);
        Assert.Equal(2 * RequestsPerLoad, bed.Login.Requests);

        bed.Time.Advance(TimeSpan.FromMinutes(4));
        Assert.False((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Secondary))).Succeeded);
        Assert.Equal(2 * RequestsPerLoad, bed.Login.Requests);

        bed.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.False((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Secondary))).Succeeded);
        Assert.Equal(3 * RequestsPerLoad, bed.Login.Requests);
    }

    [Fact]
    public async Task New_key_in_the_keys_document_is_accepted_after_one_refresh_without_a_restart()
    {
        using var bed = AuthenticationTestBed.Create();
        Assert.True((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary))).Succeeded);

        bed.Login.Serve(TestSigningKey.Secondary, "webchat");
        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Secondary));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.True(result.ValidateActivity("webchat", AuthenticationTestBed.ServiceUrl, out var reason), reason);
        Assert.Equal(2 * RequestsPerLoad, bed.Login.Requests);
        Assert.True((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary))).Succeeded);
        Assert.Equal(2 * RequestsPerLoad, bed.Login.Requests);
    }

    [Fact]
    public async Task Keys_that_never_load_reject_every_token()
    {
        using var bed = AuthenticationTestBed.Create();
        bed.Login.Unreachable = true;

        var first = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));
        var second = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));

        Assert.Equal("the signing keys are unavailable", first.FailureReason);
        Assert.Equal("the signing keys are unavailable", second.FailureReason);
        Assert.InRange(bed.Login.Requests, 1, 2);
        Assert.NotEmpty(bed.Logs.WithEventId(1003));
    }

    [Fact]
    public async Task Known_keys_keep_working_when_the_login_host_becomes_unreachable()
    {
        using var bed = AuthenticationTestBed.Create();
        Assert.True((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary))).Succeeded);

        bed.Login.Unreachable = true;
        var unknown = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Secondary));
        var known = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));

        Assert.Equal("the token's signing key is unknown", unknown.FailureReason);
        Assert.True(known.Succeeded, known.FailureReason);
        Assert.True(known.ValidateActivity("msteams", AuthenticationTestBed.ServiceUrl, out var reason), reason);
        Assert.Single(bed.Logs.WithEventId(1005));
    }

    [Fact]
    public async Task Keys_load_again_once_the_login_host_is_back_and_five_minutes_have_passed()
    {
        using var bed = AuthenticationTestBed.Create();
        Assert.True((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary))).Succeeded);

        bed.Login.Unreachable = true;
        Assert.False((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Secondary))).Succeeded);
        bed.Login.Unreachable = false;
        bed.Time.Advance(TimeSpan.FromMinutes(5));
        bed.Login.Serve(TestSigningKey.Secondary, "msteams");

        Assert.True((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Secondary))).Succeeded);
        Assert.True((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary))).Succeeded);
    }

    [Fact]
    public async Task Keys_document_without_usable_keys_does_not_replace_the_last_good_keys()
    {
        using var bed = AuthenticationTestBed.Create();
        Assert.True((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary))).Succeeded);

        bed.Login.ClearKeys();
        Assert.False((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Secondary))).Succeeded);

        Assert.Equal(2 * RequestsPerLoad, bed.Login.Requests);
        Assert.True((await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary))).Succeeded);
        Assert.Single(bed.Logs.WithEventId(1005));
    }
}

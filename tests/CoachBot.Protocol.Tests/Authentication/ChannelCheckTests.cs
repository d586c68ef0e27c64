namespace CoachBot.Protocol.Tests.Authentication;

public sealed class ChannelCheckTests
{
    [Fact]
    public async Task Key_endorsed_for_webchat_does_not_admit_an_msteams_activity()
    {
        var login = new FakeBotFrameworkLogin().Serve(TestSigningKey.Primary, "webchat");
        using var bed = AuthenticationTestBed.Create(AuthenticationTestBed.SingleTenantSettings(), login);

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.ValidateActivity("msteams", AuthenticationTestBed.ServiceUrl, out var reason));
        Assert.NotNull(reason);
        Assert.True(result.ValidateActivity("webchat", AuthenticationTestBed.ServiceUrl, out _));
    }

    [Fact]
    public async Task Key_endorsed_for_several_channels_admits_each_of_them_exactly()
    {
        var login = new FakeBotFrameworkLogin().Serve(TestSigningKey.Primary, "msteams", "webchat", "directline");
        using var bed = AuthenticationTestBed.Create(AuthenticationTestBed.SingleTenantSettings(), login);

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));

        Assert.True(result.ValidateActivity("directline", AuthenticationTestBed.ServiceUrl, out _));
        Assert.True(result.ValidateActivity("webchat", AuthenticationTestBed.ServiceUrl, out _));
        Assert.False(result.ValidateActivity("MsTeams", AuthenticationTestBed.ServiceUrl, out _));
        Assert.False(result.ValidateActivity("emulator", AuthenticationTestBed.ServiceUrl, out _));
    }

    [Fact]
    public async Task Key_without_an_endorsements_entry_admits_no_channel()
    {
        var login = new FakeBotFrameworkLogin().Serve(TestSigningKey.Primary, endorsements: null);
        using var bed = AuthenticationTestBed.Create(AuthenticationTestBed.SingleTenantSettings(), login);

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.ValidateActivity("msteams", AuthenticationTestBed.ServiceUrl, out _));
        Assert.False(result.ValidateActivity("webchat", AuthenticationTestBed.ServiceUrl, out _));
    }

    [Fact]
    public async Task Endorsements_belong_to_the_signing_key_only()
    {
        var login = new FakeBotFrameworkLogin()
            .Serve(TestSigningKey.Primary, "msteams")
            .Serve(TestSigningKey.Secondary, "webchat");
        using var bed = AuthenticationTestBed.Create(AuthenticationTestBed.SingleTenantSettings(), login);

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Secondary));

        Assert.True(result.ValidateActivity("webchat", AuthenticationTestBed.ServiceUrl, out _));
        Assert.False(result.ValidateActivity("msteams", AuthenticationTestBed.ServiceUrl, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task Activity_without_a_channel_id_is_rejected(string? channelId)
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));

        Assert.False(result.ValidateActivity(channelId, AuthenticationTestBed.ServiceUrl, out _));
    }

    [Fact]
    public async Task Token_without_a_serviceurl_claim_admits_no_activity()
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary, descriptor => descriptor.Claims.Remove("serviceurl")));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.ValidateActivity("msteams", AuthenticationTestBed.ServiceUrl, out _));
    }

    [Theory]
    [InlineData("https://evil.example/amer/")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData(null)]
    public async Task Activity_whose_service_url_differs_from_the_claim_is_rejected(string? serviceUrl)
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));

        Assert.False(result.ValidateActivity("msteams", serviceUrl, out _));
    }

    [Fact]
    public async Task Service_url_that_differs_only_in_letter_case_is_accepted()
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));

        Assert.True(result.ValidateActivity("msteams", "HTTPS://SMBA.TrafficManager.net/AMER/", out var reason), reason);
    }
}

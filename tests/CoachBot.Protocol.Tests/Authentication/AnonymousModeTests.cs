using CoachBot.Protocol.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Protocol.Tests.Authentication;

public sealed class AnonymousModeTests
{
    private static AuthenticationTestBed CreateAnonymous() =>
        AuthenticationTestBed.Create(new Dictionary<string, string?> { ["MicrosoftAppId"] = "" }, new FakeBotFrameworkLogin());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    public async Task Without_an_app_id_every_request_is_anonymous_and_no_key_is_fetched(string? header)
    {
        using var bed = CreateAnonymous();

        var result = await bed.Authenticator.AuthenticateAsync(header, TestContext.Current.CancellationToken);

        Assert.True(bed.Authenticator.IsAnonymous);
        Assert.True(result.Succeeded);
        Assert.Null(result.Identity);
        Assert.False(result.RequiresChannelChecks);
        Assert.True(result.ValidateActivity("webchat", "http://localhost:3978/", out _));
        Assert.Equal(0, bed.Login.Requests);
    }

    [Fact]
    public async Task Anonymous_mode_warns_once_at_start_up()
    {
        using var bed = CreateAnonymous();

        await bed.StartHostedServicesAsync();
        await bed.Authenticator.AuthenticateAsync(null, TestContext.Current.CancellationToken);
        await bed.Authenticator.AuthenticateAsync(null, TestContext.Current.CancellationToken);

        var warning = Assert.Single(bed.Logs.WithEventId(1000));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.Contains("inbound authentication is off", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_twice_still_warns_once()
    {
        using var bed = AuthenticationTestBed.Create(
            new Dictionary<string, string?> { ["MicrosoftAppId"] = "" },
            new FakeBotFrameworkLogin(),
            services => services.AddBotAuthentication());

        await bed.StartHostedServicesAsync();

        Assert.Single(bed.Logs.WithEventId(1000));
        Assert.Single(bed.Services.GetServices<IChannelAuthenticator>());
    }

    [Fact]
    public async Task With_an_app_id_there_is_no_anonymous_warning()
    {
        using var bed = AuthenticationTestBed.Create();

        await bed.StartHostedServicesAsync();

        Assert.Empty(bed.Logs.WithEventId(1000));
        Assert.False(bed.Authenticator.IsAnonymous);
    }

    [Fact]
    public async Task With_an_app_id_a_request_without_a_header_is_rejected()
    {
        using var bed = AuthenticationTestBed.Create();

        var result = await bed.Authenticator.AuthenticateAsync(null, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal("no Authorization header", result.FailureReason);
        Assert.False(result.ValidateActivity("msteams", AuthenticationTestBed.ServiceUrl, out _));
    }
}

using CoachBot.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Tests.Connector;

public sealed class ServiceUrlTrustTests
{
    private static ServiceUrlTrust Create(params string[] configured)
    {
        var options = new ConnectorOptions();
        foreach (var url in configured)
        {
            options.TrustedServiceUrls.Add(new Uri(url));
        }

        return new ServiceUrlTrust(Options.Create(options), NullLogger<ServiceUrlTrust>.Instance);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://canary.teams.microsoft.com/")]
    [InlineData("https://gov.teams.microsoft.us/")]
    public void A_recorded_bot_framework_host_may_receive_the_token(string serviceUrl)
    {
        var trust = Create();

        trust.RecordAuthenticated(serviceUrl);

        Assert.True(trust.MayReceiveToken(new Uri(serviceUrl)));
    }

    [Fact]
    public void A_bot_framework_host_never_recorded_gets_no_token()
    {
        var trust = Create();

        Assert.False(trust.MayReceiveToken(new Uri("https://smba.trafficmanager.net/amer/")));
    }

    [Fact]
    public void Trust_is_per_origin_so_another_path_on_a_recorded_host_is_trusted_too()
    {
        var trust = Create();

        trust.RecordAuthenticated("https://smba.trafficmanager.net/amer/");

        Assert.True(trust.MayReceiveToken(new Uri("https://SMBA.trafficmanager.net/emea/")));
        Assert.False(trust.MayReceiveToken(new Uri("https://smba.trafficmanager.net:8443/amer/")));
    }

    [Theory]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("https://localhost/")]
    [InlineData("not a url")]
    public void A_recorded_url_that_is_not_an_https_bot_framework_host_gets_no_token(string serviceUrl)
    {
        var trust = Create();

        trust.RecordAuthenticated(serviceUrl);

        Assert.False(Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && trust.MayReceiveToken(uri));
    }

    [Fact]
    public void A_configured_url_is_trusted_by_scheme_host_and_port()
    {
        var trust = Create("http://127.0.0.1:5005/");

        Assert.True(trust.MayReceiveToken(new Uri("http://127.0.0.1:5005/any/path/")));
        Assert.False(trust.MayReceiveToken(new Uri("http://127.0.0.1:5006/")));
        Assert.False(trust.MayReceiveToken(new Uri("https://127.0.0.1:5005/")));
        Assert.False(trust.MayReceiveToken(new Uri("http://localhost:5005/")));
    }

    [Fact]
    public void The_recorded_set_is_capped()
    {
        var trust = Create();

        for (var i = 0; i < ServiceUrlTrust.MaxRecordedOrigins + 10; i++)
        {
            trust.RecordAuthenticated($"https://region{i}.botframework.com/");
        }

        Assert.True(trust.MayReceiveToken(new Uri("https://region0.botframework.com/")));
        Assert.True(trust.MayReceiveToken(new Uri($"https://region{ServiceUrlTrust.MaxRecordedOrigins - 1}.botframework.com/")));
        Assert.False(trust.MayReceiveToken(new Uri($"https://region{ServiceUrlTrust.MaxRecordedOrigins}.botframework.com/")));
    }
}

using System.Net;
using CoachBot.Testing;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>On by default in development (no app id), off by default beside an app id, and an explicit setting wins.</summary>
public sealed class ChannelSwitchTests
{
    [Fact]
    public async Task Without_an_app_id_the_channel_is_on_by_default()
    {
        await using var host = WebChannelHost.Start(f => f.With("LocalWebChannel:Enabled", null));

        using var page = await host.Client.GetAsync("/", TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("lib/botframework-webchat/webchat.js", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Switched_off_it_serves_neither_the_page_nor_its_routes()
    {
        await using var host = WebChannelHost.Start(f => f.With("LocalWebChannel:Enabled", "false"));

        using var page = await host.Client.GetAsync("/", TestContext.Current.CancellationToken);
        using var token = await host.Client.PostAsync("api/webchat/token", null, TestContext.Current.CancellationToken);
        using var connector = await host.Client.PostAsync("webchannel/v3/conversations/x/activities", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, connector.StatusCode);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task The_web_chat_bundle_is_served_from_our_origin_with_the_recorded_hash()
    {
        await using var host = WebChannelHost.Start();

        var bundle = await host.Client.GetByteArrayAsync("lib/botframework-webchat/webchat.js", TestContext.Current.CancellationToken);
        var version = await File.ReadAllTextAsync(
            Path.Combine(RepositoryRoot.Path, "src", "CoachBot.Web", "wwwroot", "lib", "botframework-webchat", "VERSION"),
            TestContext.Current.CancellationToken);

        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bundle));
        Assert.Contains("sha256: " + sha256, version, StringComparison.Ordinal);
        Assert.Contains("version: 4.18.1", version, StringComparison.Ordinal);
        host.AssertNoServerErrors();
    }
}

using System.Net;
using System.Text;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>Beside a real app id the channel is off unless switched on, and then its forwarding passes the bot's inbound authentication.</summary>
public sealed class AppIdModeTests
{
    private const string AppId = "4f6b2a57-2f7e-4c49-9a43-3d2b8f1e7c10";

    [Fact]
    public async Task Beside_an_app_id_the_channel_is_off_unless_switched_on()
    {
        await using var host = WebChannelHost.Start(f => WithAppId(f).With("LocalWebChannel:Enabled", null));

        using var page = await host.Client.GetAsync("/", TestContext.Current.CancellationToken);
        using var token = await host.Client.PostAsync("api/webchat/token", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Switched_on_beside_an_app_id_its_signed_activities_pass_the_bots_authentication()
    {
        await using var host = WebChannelHost.Start(f => WithAppId(f).With("LocalWebChannel:Enabled", "true"));
        var session = await host.DirectLine.StartNewAsync();

        using var sent = await host.DirectLine.SendMessageAsync(session, "help");
        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId);
        var echo = page.Activities.Single(a => a.GetProperty("text").GetString() == "help");
        using var unsigned = await host.Client.PostAsync(
            "api/messages",
            new StringContent(echo.GetRawText(), Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(Words.Messages["welcome"], page.Texts[0]);
        Assert.Contains(Words.Messages["help"], page.Texts);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        host.AssertNoServerErrors();
    }

    private static CoachBotFactory WithAppId(CoachBotFactory factory) => factory
        .With("MicrosoftAppType", "MultiTenant")
        .With("MicrosoftAppId", AppId)
        .With("MicrosoftAppPassword", "not-a-real-secret");
}

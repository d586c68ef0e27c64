using System.Globalization;
using CoachBot.Coaching.Content;
using CoachBot.Protocol.Schema;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Teams;

/// <summary>Teams-shaped activities through the whole host: installation, removal, @mentions and the time zone Teams reports.</summary>
public sealed class TeamsActivityTests : IAsyncDisposable
{
    // 07:30 in Berlin on a Wednesday; 08:00 there is 07:00 UTC.
    private static readonly DateTimeOffset HalfPastSevenInBerlin = new(2026, 11, 25, 6, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EightInBerlin = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    private TeamsHost? _host;

    private static MessageCatalog W => Words.Messages;

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Installing_the_app_welcomes_once_and_remembers_the_personal_chat_with_the_tenant_from_channel_data()
    {
        var host = await StartAsync();
        var ada = new TeamsUser(host, "ada");

        var replies = await ada.InstallAsync();

        Assert.Equal(W["welcome"], replies[0].Text);
        Assert.Single(host.Connector.Accepted, c => c.Activity?.Text == W["welcome"]);
        var reference = (await ada.ReadStateAsync())!.ConversationReference!;
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal(host.Connector.ServiceUrl, reference.ServiceUrl);
        Assert.Equal((ada.ConversationId, "personal", TeamsHost.TenantId), (reference.Conversation!.Id, reference.Conversation.ConversationType, reference.Conversation.TenantId));
        Assert.Equal((ada.UserId, ada.AadObjectId), (reference.User!.Id, reference.User.AadObjectId));
        Assert.Equal(TeamsHost.BotId, reference.Bot!.Id);
        Assert.All(replies, reply => Assert.Equal((ada.UserId, TeamsHost.TenantId), (reply.Recipient!.Id, reply.Conversation!.TenantId)));
        TeamsConversationTests.AssertEveryCallCarriedTheBotsToken(host);
    }

    [Fact]
    public async Task Removing_the_app_stops_the_morning_prompts_and_installing_it_again_brings_them_back()
    {
        var host = await StartAsync();
        var ada = await OnboardedAsync(host, "ada");

        Assert.Empty(await ada.SendAsync(ada.Installation("remove")));
        Assert.True((await ada.ReadStateAsync())!.Prompts.Inactive);
        Assert.Equal(0, (await host.TickAtAsync(EightInBerlin)).Sent);
        Assert.Equal(0, (await host.TickAtAsync(EightInBerlin.AddDays(1).AddMinutes(-30))).Sent);

        // Installed again the next morning: the chat was greeted before, so no second welcome.
        Assert.Empty(await ada.SendAsync(ada.Installation("add")));
        Assert.Equal(1, (await host.TickAtAsync(EightInBerlin.AddDays(1))).Sent);

        var prompt = Assert.Single(host.Connector.Accepted, c => c.Operation == "send");
        Assert.Equal(ada.ConversationId, prompt.ConversationId);
        Assert.Equal(W["prompts.morning.text"], prompt.Activity!.Text);
    }

    [Fact]
    public async Task A_message_that_mentions_the_bot_is_read_without_the_mention()
    {
        var host = await StartAsync();
        var ada = new TeamsUser(host, "ada");
        await Chat.SeedOnboardedUserAsync(host.Store, "msteams", ada.UserId, "Europe/Berlin");

        Assert.Equal([W["welcome"], W["help"]], (await ada.SendAsync(ada.Mentioning("help"))).Select(a => a.Text));
        var checkIn = await ada.SendAsync(ada.Mentioning("check in"));
        Assert.Equal(W["checkin.card.intro"], checkIn[0].Text);
        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(checkIn[1].Attachments!).ContentType);
        Assert.Equal([W["dialog.cancelled"]], await ada.SayAsync("<at>" + TeamsHost.BotName + "</at> cancel"));
    }

    [Theory]
    [InlineData("Europe/Berlin", null, "Berlin")]
    [InlineData(null, "America/New_York", "New York")]
    public async Task Onboarding_offers_the_time_zone_Teams_reports_and_keeps_it_when_confirmed(string? clientInfoZone, string? localTimezone, string place)
    {
        var host = await StartAsync();
        var zone = clientInfoZone ?? localTimezone!;
        var ada = new TeamsUser(host, "ada", clientInfoZone, localTimezone);

        var replies = await ada.InstallAsync();
        await ada.SayAsync("yes");
        await ada.SayAsync("8am");
        await ada.SayAsync("yes");

        var zoneName = W.Format("onboarding.zone_name.city", ("place", place), ("zone", zone));
        Assert.Equal(W.Format("onboarding.timezone.confirm", ("zone_name", zoneName)), replies[^1].Text);
        var profile = (await ada.ReadStateAsync())!.Profile;
        Assert.Equal((zone, new TimeOnly(8, 0), true), (profile.TimeZoneId, profile.CheckInTime, profile.DiaryConsent));
    }

    private async Task<TeamsHost> StartAsync()
    {
        _host = await TeamsHost.StartAsync(HalfPastSevenInBerlin);
        return _host;
    }

    /// <summary>Installed and onboarded as a person would: Berlin confirmed, 08:00, diary on.</summary>
    private static async Task<TeamsUser> OnboardedAsync(TeamsHost host, string name)
    {
        var user = new TeamsUser(host, name);
        await user.InstallAsync();
        await user.SayAsync("yes");
        await user.SayAsync("8am");
        var done = await user.SayAsync("yes");
        var eight = new TimeOnly(8, 0).ToString("t", CultureInfo.GetCultureInfo("en-GB"));
        var berlin = W.Format("onboarding.zone_name.city", ("place", "Berlin"), ("zone", "Europe/Berlin"));
        Assert.Equal([W.Format("onboarding.done.with_diary", ("time", eight), ("zone_name", berlin))], done);
        return user;
    }
}

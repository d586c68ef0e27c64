using System.Globalization;
using CoachBot.Coaching.Content;
using CoachBot.Protocol.Schema;
using CoachBot.Testing.Tone;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Teams;

/// <summary>
/// CoachBot in Microsoft Teams from install to advice, through a Connector as strict as Teams: per-conversation rate
/// limits with 429 and Retry-After, and 429s now and then besides. Every reply has to arrive once, in order.
/// </summary>
public sealed class TeamsConversationTests : IAsyncDisposable
{
    // 07:30 in Berlin on a Wednesday; the person chooses an 08:00 check-in (07:00 UTC).
    private static readonly DateTimeOffset HalfPastSevenInBerlin = new(2026, 11, 25, 6, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EightInBerlin = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    private TeamsHost? _host;

    private static MessageCatalog W => Words.Messages;

    private TeamsHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Install_welcome_onboarding_morning_prompt_card_check_in_and_advice_arrive_once_each_despite_throttling()
    {
        _host = await TeamsHost.StartAsync(HalfPastSevenInBerlin);
        var ada = new TeamsUser(Host, "ada");
        var berlin = W.Format("onboarding.zone_name.city", ("place", "Berlin"), ("zone", "Europe/Berlin"));

        // The welcome's first attempt is throttled without a Retry-After: the client backs off on its own.
        Host.Connector.ThrottleNext(null);
        var installed = await ada.InstallAsync();
        Assert.Equal([W["welcome"], W.Format("onboarding.timezone.confirm", ("zone_name", berlin))], installed.Select(a => a.Text));

        Assert.Equal([W["onboarding.checkin_time.ask"]], await ada.SayAsync("yes"));
        Assert.Equal([W["onboarding.diary.ask"]], await ada.SayAsync("8am"));
        var eight = new TimeOnly(8, 0).ToString("t", CultureInfo.GetCultureInfo("en-GB"));
        Assert.Equal([W.Format("onboarding.done.with_diary", ("time", eight), ("zone_name", berlin))], await ada.SayAsync("yes"));

        // The morning prompt, sent by the scheduler at 08:00 Berlin time; Teams throttles it once with Retry-After: 1.
        Host.Connector.ThrottleNext(TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await Host.TickAtAsync(EightInBerlin.AddMinutes(-1))).Sent);
        Assert.Equal(1, (await Host.TickAtAsync(EightInBerlin)).Sent);
        var prompt = Assert.Single(Host.Connector.Accepted, c => c.Operation == "send");
        Assert.Equal(ada.ConversationId, prompt.ConversationId);
        Assert.Equal(W["prompts.morning.text"], prompt.Activity!.Text);
        Assert.Equal((ada.UserId, TeamsHost.BotId, TeamsHost.TenantId), (prompt.Activity.Recipient!.Id, prompt.Activity.From!.Id, prompt.Activity.Conversation!.TenantId));
        var button = Assert.Single(prompt.Activity.SuggestedActions!.Actions!);

        // The prompt's button sends its title back, as an imBack does in Teams.
        Host.Clock.Wall.Advance(TimeSpan.FromMinutes(4));
        var checkIn = await ada.SendAsync(ada.Message(button.Value!.Value.GetString()!));
        Assert.Equal(W["checkin.card.intro"], checkIn[0].Text);
        var card = Assert.Single(checkIn[1].Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        var cardActivityId = Host.Connector.Accepted.Single(c => c.Activity?.Attachments is { Count: > 0 }).ResponseId!;

        Host.Connector.ThrottleNext(TimeSpan.Zero);
        var end = await ada.SendAsync(ada.Submit(
            new Dictionary<string, string>
            {
                ["checkin"] = "card", ["bed_time"] = "22:30", ["try_time"] = "23:00", ["sol"] = "30", ["wakings"] = "2", ["waso"] = "40",
                ["final_wake"] = "06:00", ["out_of_bed"] = "06:30", ["quality"] = "3", ["pain_night"] = "6", ["pain_now"] = "4", ["note"] = "",
            },
            cardActivityId));

        Assert.Contains(W.Format("checkin.summary.total_sleep", ("value", "5 h 50 min")), end[0].Text, StringComparison.Ordinal);
        Assert.Equal(W["checkin.summary.saved"], end[1].Text);
        Assert.True(end.Count >= 3, "the summary hands over to the advice");
        var night = Assert.Single((await ada.ReadStateAsync())!.Diary);
        Assert.Equal(new DateOnly(2026, 11, 25), night.DiaryDate);

        AssertEveryReplyArrivedOnceInOrder(Host);
        var scripted = Host.Connector.Calls.Where(c => c.Throttled == ThrottleReason.Scripted).ToList();
        Assert.Equal(3, scripted.Count);
        Assert.Equal(0, Host.Connector.ScriptedPending);
        Assert.All(scripted, throttled => Assert.Single(Host.Connector.Accepted, c => Describe(c.Activity!) == Describe(throttled.Activity!)));
        AssertEveryCallCarriedTheBotsToken(Host);
        ToneAssert.FollowsToneRules(Host.Connector.Accepted.Select(c => c.Activity?.Text));
    }

    /// <summary>What the turns meant to send is what Teams took, in the same order, nothing twice and nothing missing.</summary>
    internal static void AssertEveryReplyArrivedOnceInOrder(TeamsHost host)
    {
        var intended = host.Intended.All.Select(Describe).ToList();
        var delivered = host.Connector.Accepted.Where(c => c.Operation == "reply").Select(c => Describe(c.Activity!)).ToList();
        Assert.NotEmpty(intended);
        Assert.Equal(intended, delivered);
    }

    internal static void AssertEveryCallCarriedTheBotsToken(TeamsHost host)
    {
        Assert.All(host.Connector.Calls, call => Assert.Equal("Bearer " + host.Authority.OutboundToken, call.Authorization));
        Assert.NotEmpty(host.Authority.TokenRequests);
        Assert.All(host.Authority.TokenRequests, uri => Assert.Equal($"https://login.authority.test/{TeamsHost.TenantId}/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path)));
    }

    internal static string Describe(Activity activity) =>
        string.Join('|', activity.Type, activity.ReplyToId, activity.Text, string.Join(',', activity.Attachments?.Select(a => a.ContentType) ?? []));
}

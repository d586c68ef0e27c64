using CoachBot.Testing.Tone;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Teams;

/// <summary>A person who writes faster than Teams lets a bot answer: the limits push replies back, and none is lost.</summary>
public sealed class TeamsRateLimitTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private TeamsHost? _host;

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_burst_of_messages_is_answered_in_full_once_the_rate_limits_allow()
    {
        _host = await TeamsHost.StartAsync(Morning);
        var ada = new TeamsUser(_host, "ada");
        await Chat.SeedOnboardedUserAsync(_host.Store, "msteams", ada.UserId, "Europe/Berlin");
        Assert.Equal([Words.Messages["welcome"]], (await ada.InstallAsync()).Select(a => a.Text));

        // Ten messages at once, as a person tapping a command repeatedly: eleven sends in a conversation that allows 7 a second and 8 in two.
        var messages = Enumerable.Range(0, 10).Select(_ => ada.Message("help")).ToList();
        await Task.WhenAll(messages.Select(ada.SendAsync));

        Assert.All(messages, message => Assert.Equal(Words.Messages["help"], Assert.Single(_host.Connector.RepliesTo(message.Id!)).Text));
        var limited = _host.Connector.Calls.Where(c => c.Throttled == ThrottleReason.RateLimit).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, call => Assert.True(int.Parse(call.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture) >= 1, "a throttled send is told when to come back"));
        TeamsConversationTests.AssertEveryReplyArrivedOnceInOrder(_host);
        TeamsConversationTests.AssertEveryCallCarriedTheBotsToken(_host);
        ToneAssert.FollowsToneRules(_host.Connector.Accepted.Select(c => c.Activity?.Text));
    }
}

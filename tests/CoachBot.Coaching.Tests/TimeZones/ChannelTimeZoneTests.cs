using System.Text.Json;
using CoachBot.Coaching.TimeZones;
using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.Tests.TimeZones;

public sealed class ChannelTimeZoneTests
{
    [Fact]
    public void Web_chats_local_timezone_is_used()
    {
        Assert.Equal("Europe/London", ChannelTimeZone.Find(new Activity { LocalTimezone = "Europe/London" }));
    }

    [Fact]
    public void A_teams_client_info_entity_is_used_when_there_is_no_local_timezone()
    {
        var activity = new Activity
        {
            Entities =
            [
                Entity("""{"type":"mention","text":"<at>CoachBot</at>"}"""),
                Entity("""{"type":"clientInfo","locale":"en-GB","timezone":"Europe/Dublin"}"""),
            ],
        };

        Assert.Equal("Europe/Dublin", ChannelTimeZone.Find(activity));
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    public void A_zone_the_system_does_not_know_is_ignored(string reported)
    {
        var activity = new Activity
        {
            LocalTimezone = reported,
            Entities = [Entity($$"""{"type":"clientInfo","timezone":"{{reported}}"}"""), Entity("""{"type":"clientInfo","timezone":42}""")],
        };

        Assert.Null(ChannelTimeZone.Find(activity));
    }

    private static JsonElement Entity(string json) => JsonDocument.Parse(json).RootElement.Clone();
}

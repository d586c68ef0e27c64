using CoachBot.Coaching.Content;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.Safety;

/// <summary>The safety check's words from <c>dialogs/safety.yaml</c>, checked complete when the screen is built.</summary>
internal sealed class SafetyReplies
{
    private readonly MessageCatalog _messages;

    public SafetyReplies(MessageCatalog messages)
    {
        _messages = messages;
        if (SafetyMessageIds.All().FirstOrDefault(id => !messages.Contains(id)) is { } missing)
        {
            throw ContentException.At("safety.yaml", 1, $"the required message '{missing}' is missing.");
        }
    }

    public string this[string id] => _messages[id];

    public void Send(TurnContext turn, string id) => turn.SendActivity(_messages[id]);

    public void Signposts(TurnContext turn, SafetyRegion region) => Send(turn, SafetyMessageIds.Signposts(region));

    /// <summary>"What you describe, [X], is something a doctor should check [today]. I can't assess it. Please [route]."</summary>
    public void RedFlag(TurnContext turn, RedFlagKind kind, RedFlagTier tier, SafetyRegion region)
    {
        turn.SendActivity(_messages.Format(
            SafetyMessageIds.RedFlagReply(tier),
            ("what", _messages[SafetyMessageIds.RedFlagWhat(kind)]),
            ("route", _messages[SafetyMessageIds.RedFlagRoute(region, tier)])));
        if (kind == RedFlagKind.DrowsyDriving)
        {
            Send(turn, SafetyMessageIds.RedFlagDriving);
        }
    }
}

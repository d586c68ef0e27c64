using System.Collections.Frozen;

namespace CoachBot.Web.Telemetry;

/// <summary>
/// Tag names, and the bounded values that go into them: anything from the wire that is not a known word becomes
/// <c>other</c>, so a hostile client can neither put text into telemetry nor blow up the number of metric series.
/// </summary>
internal static class TelemetryTags
{
    public const string ActivityType = "coachbot.activity.type";
    public const string Channel = "coachbot.channel.id";
    public const string Outcome = "coachbot.turn.outcome";
    public const string Attempts = "coachbot.turn.attempts";
    public const string UserHash = "coachbot.user.hash";
    public const string ConversationHash = "coachbot.conversation.hash";
    public const string StoreScope = "coachbot.store.scope";
    public const string StoreOutcome = "coachbot.store.outcome";
    public const string PromptFailure = "coachbot.prompt.failure";

    public const string Unknown = "unknown";
    public const string Other = "other";

    private const int MaxReasonLength = 32;

    private static readonly FrozenSet<string> KnownChannels = FrozenSet.Create(
        StringComparer.Ordinal,
        "msteams", "webchat", "directline", "emulator", "test", "slack", "facebook", "telegram", "email", "sms",
        "twilio-sms", "line", "kik", "groupme", "skype", "alexa", "omnichannel", "telephony", "m365extensions", "outlook", "webex");

    private static readonly FrozenSet<string> KnownActivityTypes = FrozenSet.Create(
        StringComparer.Ordinal,
        "message", "conversationUpdate", "installationUpdate", "invoke", "invokeResponse", "event", "typing",
        "endOfConversation", "messageUpdate", "messageDelete", "messageReaction", "trace", "handoff", "command",
        "commandResult", "contactRelationUpdate", "deleteUserData", "suggestion");

    public static string ChannelOf(string? channelId) => Bounded(channelId, KnownChannels);

    public static string ActivityTypeOf(string? type) => Bounded(type, KnownActivityTypes);

    /// <summary>A code-chosen word such as <c>connector_error</c>; anything else is <c>other</c>.</summary>
    public static string Word(string? word) =>
        string.IsNullOrEmpty(word) ? Unknown
        : word.Length <= MaxReasonLength && word.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_') ? word
        : Other;

    private static string Bounded(string? value, FrozenSet<string> known) =>
        string.IsNullOrEmpty(value) ? Unknown
        : known.TryGetValue(value, out var interned) ? interned
        : Other;
}

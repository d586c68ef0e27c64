using CoachBot.Protocol.Schema;

namespace CoachBot.Web.Turns;

/// <summary>
/// Readable storage keys for bot state. The stores encode keys, so ids from the wire are safe here.
/// </summary>
internal static class StateKeys
{
    public static string? Conversation(Activity activity) =>
        activity.ChannelId is { Length: > 0 } channel && activity.Conversation?.Id is { Length: > 0 } conversation
            ? $"conversations/{channel}/{conversation}"
            : null;

    public static string? User(Activity activity) =>
        activity.ChannelId is { Length: > 0 } channel && activity.From?.Id is { Length: > 0 } user
            ? $"users/{channel}/{user}"
            : null;
}

using CoachBot.Coaching.TimeZones;
using CoachBot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Teams;

/// <summary>
/// Reads a Teams activity the way the rest of the coach expects any channel's: the bot's @mention taken out of the
/// text, and the time zone of the Teams <c>clientInfo</c> entity in <c>localTimezone</c> when the channel left that
/// empty (PROTOCOL.md §3.1). Safe to apply twice, since a turn re-runs on a storage conflict.
/// </summary>
internal static class TeamsInbound
{
    public static void Prepare(Activity activity, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsMessage && TeamsMention.WithoutBotMention(activity) is var text && !string.Equals(text, activity.Text, StringComparison.Ordinal))
        {
            activity.Text = text;
            TeamsLog.MentionRemoved(logger);
        }

        if (string.IsNullOrWhiteSpace(activity.LocalTimezone) && ChannelTimeZone.Find(activity) is { } zone)
        {
            activity.LocalTimezone = zone;
            TeamsLog.ClientTimeZoneUsed(logger);
        }
    }
}

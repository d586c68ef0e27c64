using System.Text.Json;
using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.TimeZones;

/// <summary>
/// The time zone a channel reports with a message: <c>localTimezone</c> (Web Chat, Direct Line) or a
/// Teams <c>clientInfo</c> entity's <c>timezone</c>. Only a zone the system knows is returned.
/// </summary>
public static class ChannelTimeZone
{
    public static string? Find(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (TimeZoneResolver.TryFindZone(activity.LocalTimezone, out var local))
        {
            return local;
        }

        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind == JsonValueKind.Object
                && entity.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && string.Equals(type.GetString(), "clientInfo", StringComparison.OrdinalIgnoreCase)
                && entity.TryGetProperty("timezone", out var timezone) && timezone.ValueKind == JsonValueKind.String
                && TimeZoneResolver.TryFindZone(timezone.GetString(), out var teams))
            {
                return teams;
            }
        }

        return null;
    }
}

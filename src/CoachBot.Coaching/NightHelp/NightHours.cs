using CoachBot.Coaching.State;
using CoachBot.Coaching.TimeZones;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.NightHelp;

/// <summary>Whether it is night where the person is: 21:00 to 05:59 on their clock.</summary>
internal static class NightHours
{
    public static TimeOnly Starts { get; } = new(21, 0);

    public static TimeOnly Ends { get; } = new(6, 0);

    public static bool IsNight(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return local >= Starts || local < Ends;
    }

    /// <summary>The person's zone from their settings, else the one their channel reports, else UTC.</summary>
    public static TimeZoneInfo ZoneOf(TurnContext turn)
    {
        var profileZone = turn.TurnState.TryGet<UserData>(out var user) ? user.Profile.TimeZoneId : null;
        foreach (var id in new[] { profileZone, ChannelTimeZone.Find(turn.Activity) })
        {
            if (id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return TimeZoneInfo.Utc;
    }
}

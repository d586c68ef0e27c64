namespace CoachBot.Coaching.TimeZones;

/// <summary>How a time zone id reads to a person: the city part of an IANA id.</summary>
public static class TimeZoneDisplay
{
    /// <summary>
    /// "Europe/London" is "London", "America/Argentina/Buenos_Aires" is "Buenos Aires"; an id
    /// without a city ("UTC", "Etc/GMT+5") has none and gives null.
    /// </summary>
    public static string? City(string zoneId)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        var slash = zoneId.LastIndexOf('/');
        if (slash <= 0 || slash == zoneId.Length - 1 || zoneId.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Place(zoneId);
    }

    /// <summary>The last part of the id with underscores as spaces.</summary>
    internal static string Place(string zoneId) => zoneId[(zoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');
}

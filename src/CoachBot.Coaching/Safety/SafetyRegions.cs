using System.Collections.Frozen;
using System.Globalization;
using CoachBot.Coaching.State;
using CoachBot.Coaching.TimeZones;
using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.Safety;

/// <summary>
/// Works out the person's region for signposts. The country they told us wins; then their time zone,
/// which says where they are (many browsers and Teams clients report en-US wherever they are, and a
/// UK caller must not be sent to 988); then the locale; otherwise the generic routes, which ask the country.
/// </summary>
internal static class SafetyRegions
{
    private static readonly FrozenSet<string> UkZones = FrozenSet.ToFrozenSet(["Europe/London", "Europe/Belfast", "GB"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Zones of the United States and Canada, where 988 and 911 both answer.</summary>
    private static readonly FrozenSet<string> NorthAmericaZones = FrozenSet.ToFrozenSet(
        [
            "America/New_York", "America/Detroit", "America/Chicago", "America/Menominee", "America/Denver", "America/Boise",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "America/Juneau", "America/Sitka", "America/Metlakatla",
            "America/Yakutat", "America/Nome", "America/Adak", "Pacific/Honolulu", "America/Toronto", "America/Vancouver",
            "America/Edmonton", "America/Winnipeg", "America/Halifax", "America/St_Johns", "America/Regina", "America/Moncton",
            "America/Glace_Bay", "America/Goose_Bay", "America/Whitehorse", "America/Dawson", "America/Yellowknife", "America/Iqaluit",
            "America/Rankin_Inlet", "America/Cambridge_Bay", "America/Inuvik", "America/Swift_Current", "America/Creston",
            "America/Dawson_Creek", "America/Fort_Nelson", "America/Atikokan", "America/Blanc-Sablon", "America/Resolute",
            "America/Thunder_Bay", "America/Nipigon", "America/Rainy_River", "America/Pangnirtung", "America/Montreal",
            "America/Indianapolis", "America/Louisville", "America/Fort_Wayne", "Navajo",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly string[] NorthAmericaPrefixes = ["America/Indiana/", "America/Kentucky/", "America/North_Dakota/", "US/", "Canada/"];

    public static SafetyRegion For(Activity activity, UserProfile profile)
    {
        if (Parse(profile.SafetyRegion) is { } told)
        {
            return told;
        }

        var zone = ChannelTimeZone.Find(activity) ?? profile.TimeZoneId;
        if (!string.IsNullOrWhiteSpace(zone))
        {
            return FromZone(zone);
        }

        return FromLocale(activity.Locale) ?? FromLocale(profile.Locale) ?? SafetyRegion.Generic;
    }

    public static string Key(SafetyRegion region) => region switch
    {
        SafetyRegion.UK => "uk",
        SafetyRegion.US => "us",
        _ => "generic",
    };

    public static SafetyRegion? Parse(string? key) => key switch
    {
        "uk" => SafetyRegion.UK,
        "us" => SafetyRegion.US,
        _ => null,
    };

    internal static SafetyRegion FromZone(string zone) =>
        UkZones.Contains(zone) ? SafetyRegion.UK
        : NorthAmericaZones.Contains(zone) || NorthAmericaPrefixes.Any(p => zone.StartsWith(p, StringComparison.OrdinalIgnoreCase)) ? SafetyRegion.US
        : SafetyRegion.Generic;

    internal static SafetyRegion? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > 20)
        {
            return null;
        }

        try
        {
            return new RegionInfo(CultureInfo.GetCultureInfo(locale).Name).TwoLetterISORegionName switch
            {
                "GB" => SafetyRegion.UK,
                "US" or "CA" => SafetyRegion.US,
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            // Not a culture this system knows, or a neutral one ("en") that names no country.
            return null;
        }
    }
}

using System.Collections.Frozen;
using CoachBot.Coaching.Content;

namespace CoachBot.Coaching.TimeZones;

/// <summary>
/// Turns what a person types ("London", "new york", "America/New_York", "UK") into an IANA time zone
/// id: aliases from <c>dialogs/onboarding.yaml</c> first, then city names (the last part of the
/// system's zone ids), then IANA ids in any case. Pure and bounded: it never throws on input.
/// </summary>
public sealed class TimeZoneResolver
{
    /// <summary>The group of <c>dialogs/onboarding.yaml</c> that maps aliases to IANA ids.</summary>
    public const string AliasGroup = "onboarding.timezone_aliases";

    /// <summary>A city or zone name is short; a longer message is not an answer to "where are you?".</summary>
    public const int MaxInputLength = 100;

    /// <summary>"I'm in New York at the moment" still finds the city; a paragraph is not searched.</summary>
    private const int MaxWords = 8;

    private const int MaxIdLength = 64;

    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', ';', '(', ')', '!', '?', '"', '\''];

    /// <summary>Folders and files under the zoneinfo directory that are not zones people live in.</summary>
    private static readonly FrozenSet<string> NotZones = FrozenSet.ToFrozenSet(
        ["posix", "right", "SystemV", "Factory", "localtime", "posixrules", "leapseconds", "leap-seconds"],
        StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, string> _names;

    /// <param name="aliases">Alias (any case) to IANA id; an alias naming an unknown zone fails construction.</param>
    public TimeZoneResolver(IEnumerable<KeyValuePair<string, string>> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            // Research stations share names with everyday words ("Troll", "Casey"); their ids still work.
            if (zone.HasIanaId && zone.Id.IndexOf('/', StringComparison.Ordinal) > 0
                && !zone.Id.StartsWith("Etc/", StringComparison.Ordinal)
                && !zone.Id.StartsWith("Antarctica/", StringComparison.Ordinal))
            {
                names.TryAdd(NormalizeName(TimeZoneDisplay.Place(zone.Id)), zone.Id);
            }
        }

        foreach (var (alias, id) in aliases)
        {
            if (!TryFindZone(id, out var canonical))
            {
                throw new ContentException($"onboarding.yaml: the time zone alias '{alias}' names '{id}', which is not a known IANA time zone.");
            }

            names[NormalizeName(alias)] = canonical;
        }

        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A resolver with the aliases of <see cref="AliasGroup"/> in the catalog.</summary>
    public static TimeZoneResolver FromCatalog(MessageCatalog messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var prefix = AliasGroup + ".";
        return new TimeZoneResolver(messages.Ids
            .Where(id => id.StartsWith(prefix, StringComparison.Ordinal))
            .Select(id => KeyValuePair.Create(id[prefix.Length..], messages[id])));
    }

    /// <summary>
    /// Finds the zone a person means. A phrase that names two different zones ("London or Paris") is
    /// not resolved: asking again beats guessing.
    /// </summary>
    public bool TryResolve(string? text, out string zoneId)
    {
        zoneId = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxInputLength)
        {
            return false;
        }

        var trimmed = text.Trim().TrimEnd('.', '!', '?');
        if (TryLookUp(trimmed, allowBareIds: true, out zoneId))
        {
            return true;
        }

        var words = trimmed.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.TrimEnd('.'))
            .Where(w => w.Length > 0)
            .ToArray();
        if (words.Length is 0 or > MaxWords)
        {
            return false;
        }

        // The longest phrase wins, so "New York" is found before anything shorter inside it.
        for (var length = words.Length; length >= 1; length--)
        {
            string? found = null;
            for (var start = 0; start + length <= words.Length; start++)
            {
                var phrase = string.Join(' ', words, start, length);
                if (TryLookUp(phrase, allowBareIds: false, out var id))
                {
                    if (found is not null && found != id)
                    {
                        return false;
                    }

                    found = id;
                }
            }

            if (found is not null)
            {
                zoneId = found;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads an IANA id as a channel or a person writes it (any case), returning the system's spelling.
    /// Windows ids are converted; anything that could reach outside the zone database is refused.
    /// </summary>
    public static bool TryFindZone(string? id, out string zoneId)
    {
        zoneId = string.Empty;
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength)
        {
            return false;
        }

        var candidate = id.Trim();
        if (!IsPlausibleId(candidate))
        {
            return false;
        }

        try
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var zone))
            {
                return false;
            }

            var found = zone.Id;
            if (!zone.HasIanaId && !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out found))
            {
                return false;
            }

            if (found is null || NotZones.Contains(found.Split('/')[0]))
            {
                return false;
            }

            zoneId = found;
            return true;
        }
        catch (Exception ex) when (ex is InvalidTimeZoneException or IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException)
        {
            // A damaged or unreadable zone file is an unknown zone, not a failed turn.
            return false;
        }
    }

    private bool TryLookUp(string phrase, bool allowBareIds, out string zoneId)
    {
        if (_names.TryGetValue(NormalizeName(phrase), out var named))
        {
            zoneId = named;
            return true;
        }

        // Inside a sentence only a full "Area/City" id counts: bare ids like "WET" or "EST" are also words.
        var looksLikeId = phrase.Contains('/', StringComparison.Ordinal) || (allowBareIds && !phrase.Contains(' ', StringComparison.Ordinal));
        return TryFindZone(looksLikeId ? phrase.Replace(' ', '_') : string.Empty, out zoneId);
    }

    /// <summary>Letters, digits and <c>/ _ + -</c>, at most three parts, no empty or dot part.</summary>
    private static bool IsPlausibleId(string id)
    {
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '+' or '-'))
            {
                return false;
            }
        }

        var parts = id.Split('/');
        return parts.Length <= 3 && parts.All(p => p.Length > 0) && char.IsAsciiLetter(id[0]);
    }

    /// <summary>Lower case, underscores and runs of spaces as one space, so "new_york" and "New  York" meet.</summary>
    private static string NormalizeName(string name) =>
        string.Join(' ', name.Replace('_', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

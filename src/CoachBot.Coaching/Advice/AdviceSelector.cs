using System.Globalization;
using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Advice;

/// <summary>
/// Chooses tonight's advice as a pure function of the diary, the settings and what was given lately:
/// one item for a settled or plain night, two when the night showed something to respond to. The
/// most pressing pattern goes first; two items never share a principle; an item given within the
/// no-repeat window is left out; among the rest the least recently given comes first, and its
/// phrasings are used in turn.
/// </summary>
public sealed class AdviceSelector(AdviceLibrary library)
{
    public AdviceChoice Select(IReadOnlyList<DiaryEntry> history, DiaryEntry tonight, AdviceSettings settings, IReadOnlyList<AdviceGiven> recentlyGiven, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(tonight);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(recentlyGiven);

        var matches = DiaryPatterns.Find(history, tonight);
        var last = LastGiven(recentlyGiven);
        var respond = matches.Any(m => m.Pattern is not (AdvicePattern.GoodNight or AdvicePattern.Any));
        var wanted = respond ? 2 : 1;
        var chosen = new List<ChosenAdvice>(wanted);

        bool TryAdd(AdviceItem item, PatternMatch match)
        {
            if (chosen.Count >= wanted || chosen.Any(c => c.Item.Id == item.Id || c.Item.Principle == item.Principle))
            {
                return false;
            }

            var count = item.Phrasings.Count;
            var phrasing = last.TryGetValue(item.Id, out var given) ? (((given.Phrasing + 1) % count) + count) % count : 0;
            chosen.Add(new ChosenAdvice(item, phrasing, Fill(item.Phrasings[phrasing], match), match));
            return true;
        }

        // One item per pattern first, so a flare and a rough night each get a say; then seconds; then general ideas.
        var specific = matches.Where(m => m.Pattern != AdvicePattern.Any).ToList();
        foreach (var match in specific)
        {
            foreach (var item in Fresh(match, last, today, settings))
            {
                if (TryAdd(item, match))
                {
                    break;
                }
            }
        }

        foreach (var match in specific.Concat(matches.Where(m => m.Pattern == AdvicePattern.Any)))
        {
            foreach (var item in Fresh(match, last, today, settings))
            {
                TryAdd(item, match);
            }
        }

        return new AdviceChoice(chosen, matches);
    }

    /// <summary>Items for the pattern not given within the window, least recently given first, then in file order.</summary>
    private IEnumerable<AdviceItem> Fresh(PatternMatch match, Dictionary<string, AdviceGiven> last, DateOnly today, AdviceSettings settings) =>
        library.Items
            .Where(i => i.When == match.Pattern && !(last.TryGetValue(i.Id, out var given) && today.DayNumber - given.On.DayNumber < settings.NoRepeatDays))
            .OrderBy(i => last.TryGetValue(i.Id, out var given) ? given.On.DayNumber : int.MinValue);

    private static Dictionary<string, AdviceGiven> LastGiven(IReadOnlyList<AdviceGiven> recentlyGiven)
    {
        var last = new Dictionary<string, AdviceGiven>(StringComparer.Ordinal);
        foreach (var given in recentlyGiven)
        {
            if (!last.TryGetValue(given.ItemId, out var seen) || given.On >= seen.On)
            {
                last[given.ItemId] = given;
            }
        }

        return last;
    }

    private static string Fill(string phrasing, PatternMatch match) =>
        AdviceLibrary.Placeholder().Replace(phrasing, p => match.Values.TryGetValue(p.Groups[1].Value, out var value) ? value.ToString(CultureInfo.InvariantCulture) : p.Value);
}

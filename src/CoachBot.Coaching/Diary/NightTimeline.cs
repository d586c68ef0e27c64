namespace CoachBot.Coaching.Diary;

/// <summary>
/// A night's clock times placed as instants (COACHING.md §3 "Midnight, DST"), so every metric is
/// a difference of instants and never of wall-clock times. Null where the item was skipped or
/// nothing later anchors it.
/// </summary>
internal sealed record NightTimeline(DateTimeOffset? BedTime, DateTimeOffset? TryTime, DateTimeOffset? FinalWake, DateTimeOffset? OutOfBed)
{
    private const int Bed = 0;
    private const int Try = 1;
    private const int Final = 2;
    private const int Out = 3;

    /// <exception cref="TimeZoneNotFoundException">The entry's zone id is not a zone this machine knows.</exception>
    public static NightTimeline Place(DiaryEntry entry) =>
        Place(entry, TimeZoneInfo.FindSystemTimeZoneById(entry.TimeZoneId));

    /// <summary>
    /// Puts <c>out_of_bed</c> (or, when it was skipped, <c>final_wake</c>) on the diary date, then
    /// each earlier item at the latest instant of its clock time not after the next one: that
    /// reads 23:00 to 07:00, a 01:30 bedtime and day sleep after a night shift alike. A time
    /// repeated when the clocks go back takes its first instant unless that breaks the order.
    /// </summary>
    public static NightTimeline Place(DiaryEntry entry, TimeZoneInfo zone)
    {
        TimeOnly?[] clock = [entry.BedTime, entry.TryTime, entry.FinalWake, entry.OutOfBed];
        var placed = new DateTimeOffset?[clock.Length];
        var anchor = entry.OutOfBed is not null ? Out : entry.FinalWake is not null ? Final : -1;
        if (anchor < 0)
        {
            return new NightTimeline(null, null, null, null);
        }

        var next = ZonedClock.InstantsOf(entry.DiaryDate, clock[anchor]!.Value, zone)[0];
        placed[anchor] = next;
        for (var item = anchor - 1; item >= Bed; item--)
        {
            if (clock[item] is { } time)
            {
                next = LatestNotAfter(time, next, zone);
                placed[item] = next;
            }
        }

        // The latest-instant rule picks the second pass through a repeated hour; move each item to
        // the first pass where the item before it still comes first.
        DateTimeOffset? previous = null;
        for (var item = Bed; item < anchor; item++)
        {
            if (placed[item] is not { } instant)
            {
                continue;
            }

            var first = ZonedClock.InstantsOf(ZonedClock.LocalDateOf(instant, zone), clock[item]!.Value, zone)[0];
            if (first < instant && (previous is null || first >= previous))
            {
                placed[item] = first;
            }

            previous = placed[item];
        }

        return new NightTimeline(placed[Bed], placed[Try], placed[Final], placed[Out]);
    }

    private static DateTimeOffset LatestNotAfter(TimeOnly time, DateTimeOffset next, TimeZoneInfo zone)
    {
        var date = ZonedClock.LocalDateOf(next, zone);
        foreach (var day in new[] { date, date.AddDays(-1) })
        {
            var instants = ZonedClock.InstantsOf(day, time, zone);
            for (var k = instants.Count - 1; k >= 0; k--)
            {
                if (instants[k] <= next)
                {
                    return instants[k];
                }
            }
        }

        // Only reachable when a skipped-hour time pushed forward lands after next on both days.
        return ZonedClock.InstantsOf(date.AddDays(-2), time, zone)[0];
    }
}

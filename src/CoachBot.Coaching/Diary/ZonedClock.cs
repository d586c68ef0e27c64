namespace CoachBot.Coaching.Diary;

/// <summary>When a zone's wall clock shows a given date and time.</summary>
internal static class ZonedClock
{
    /// <summary>
    /// The instants, earliest first, at which <paramref name="zone"/>'s clock shows
    /// <paramref name="date"/> <paramref name="time"/>: usually one; two in the hour repeated when
    /// the clocks go back; and for a time skipped when they go forward, the instant as far past
    /// the jump as the time was into the gap (01:30 on a 01:00 to 02:00 jump is 02:30).
    /// Each instant carries the zone's offset at that moment.
    /// </summary>
    public static IReadOnlyList<DateTimeOffset> InstantsOf(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            // The larger offset (summer time) is the first pass through the repeated hour.
            return [.. zone.GetAmbiguousTimeOffsets(local).OrderDescending().Select(offset => new DateTimeOffset(local, offset))];
        }

        if (zone.IsInvalidTime(local))
        {
            // Clocks only skip forward, so the smaller of the offsets either side is the one before the jump.
            var before = TimeSpan.FromTicks(Math.Min(zone.GetUtcOffset(local.AddDays(-1)).Ticks, zone.GetUtcOffset(local.AddDays(1)).Ticks));
            var instant = new DateTimeOffset(local, before);
            return [instant.ToOffset(zone.GetUtcOffset(instant))];
        }

        return [new DateTimeOffset(local, zone.GetUtcOffset(local))];
    }

    public static DateOnly LocalDateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}

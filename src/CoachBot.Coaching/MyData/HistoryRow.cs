namespace CoachBot.Coaching.MyData;

/// <summary>One night of the history, as shown: each cell already in words, "—" where nothing was given.</summary>
internal sealed record HistoryRow(DateOnly Date, bool HasEntry, string Night, string InBed, string Sleep, string Pain);

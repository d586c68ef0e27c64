namespace CoachBot.Coaching.MyData;

/// <summary>The JSON export: when it was made, and every night of the diary, oldest first.</summary>
public sealed record ExportDocument(DateTimeOffset ExportedAt, IReadOnlyList<ExportedNight> Nights);

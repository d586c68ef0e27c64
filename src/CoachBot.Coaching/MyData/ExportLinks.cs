namespace CoachBot.Coaching.MyData;

/// <summary>Download links for exported files, one per file in the same order, valid once each until <see cref="ExpiresAt"/>.</summary>
public sealed record ExportLinks(IReadOnlyList<Uri> Urls, DateTimeOffset ExpiresAt);

namespace CoachBot.Web.MyData;

/// <summary>One export link of a person: the hash its document is stored under, and when it expires.</summary>
internal sealed record ExportLinkEntry(string Hash, DateTimeOffset ExpiresAt);

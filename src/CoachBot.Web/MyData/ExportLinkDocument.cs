namespace CoachBot.Web.MyData;

/// <summary>
/// A file waiting for download, stored under the hash of its link's token (never the token itself, so
/// reading the store gives no working link). Emptied when claimed, so the content leaves the store on first use.
/// Exports are text (CSV, JSON), kept as text so the store holds nothing opaque about a person.
/// </summary>
internal sealed class ExportLinkDocument
{
    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public string? Text { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}

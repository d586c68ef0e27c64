using System.ComponentModel.DataAnnotations;

namespace CoachBot.Coaching.MyData;

/// <summary>How the person's data leaves the bot (section <c>MyData</c>).</summary>
public sealed class MyDataOptions
{
    public const string SectionName = "MyData";

    /// <summary>
    /// Channels that show a file sent as a <c>data:</c> attachment, comma-separated. Elsewhere (Teams takes
    /// files only through its consent card) the export is a short-lived download link.
    /// </summary>
    public string AttachmentChannels { get; set; } = "webchat,directline,emulator";

    /// <summary>Largest export sent as attachments (both files, before base64); larger diaries get links, which any channel can take.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxAttachmentBytes { get; set; } = 96 * 1024;

    public bool AllowsAttachments(string? channelId) =>
        channelId is { Length: > 0 }
        && AttachmentChannels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains(channelId, StringComparer.OrdinalIgnoreCase);
}

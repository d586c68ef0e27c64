namespace CoachBot.Web.MyData;

/// <summary>One person's live export links (token hashes and expiry), so they can all be removed with the person's data.</summary>
internal sealed class ExportLinkIndex
{
    public List<ExportLinkEntry> Links { get; set; } = [];
}

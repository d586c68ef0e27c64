using System.ComponentModel.DataAnnotations;

namespace CoachBot.Web.MyData;

/// <summary>Download links for exports (section <c>MyData:Links</c>).</summary>
internal sealed class ExportLinkOptions
{
    public const string SectionName = "MyData:Links";

    /// <summary>How long a link works if unused; it works once either way.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The address people reach this host at; unset: the address the channel's request came to.</summary>
    public Uri? PublicBaseUrl { get; set; }
}

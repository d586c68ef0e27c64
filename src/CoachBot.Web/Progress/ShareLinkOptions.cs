using System.ComponentModel.DataAnnotations;

namespace CoachBot.Web.Progress;

/// <summary>Links to shared summaries, for channels that can't open a page inside a message (section <c>Progress:ShareLinks</c>).</summary>
internal sealed class ShareLinkOptions
{
    public const string SectionName = "Progress:ShareLinks";

    /// <summary>How long a link works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The https address people reach this host at; unset: no links, and the page travels inside the message.</summary>
    public Uri? PublicBaseUrl { get; set; }
}

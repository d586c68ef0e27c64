namespace CoachBot.Coaching.Progress;

/// <summary>
/// Publishes a shared summary at a short-lived, unguessable address on this host, for channels that can't
/// open a page sent inside the message (Teams). Web Chat gets the page itself, as a data URI.
/// </summary>
public interface IShareLinks
{
    /// <summary>How long a published page can be opened.</summary>
    TimeSpan Lifetime { get; }

    /// <summary>The page's address, or null when this host has no public address to give.</summary>
    Task<Uri?> PublishAsync(string ownerKey, string html, CancellationToken cancellationToken);
}

namespace CoachBot.Coaching.Progress;

/// <summary>No host to serve pages from: every channel gets the page inside the message.</summary>
internal sealed class NoShareLinks : IShareLinks
{
    public TimeSpan Lifetime => TimeSpan.Zero;

    public Task<Uri?> PublishAsync(string ownerKey, string html, CancellationToken cancellationToken) => Task.FromResult<Uri?>(null);
}

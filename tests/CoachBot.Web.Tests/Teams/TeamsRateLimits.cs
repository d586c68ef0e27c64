namespace CoachBot.Web.Tests.Teams;

/// <summary>
/// Teams' per-bot, per-conversation limits on sends and conversation creation (PROTOCOL.md §4): 7 in any second,
/// 8 in any two seconds, 60 in any thirty, 1,800 in any hour. Counts the calls it let through, on real time.
/// </summary>
internal sealed class TeamsRateLimits(TimeProvider clock)
{
    private static readonly (TimeSpan Window, int Limit)[] Windows =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    private readonly Dictionary<string, List<long>> _accepted = new(StringComparer.Ordinal);

    /// <summary>True and counted when the call is within every window; otherwise how long until it would be.</summary>
    public bool TryAcquire(string conversation, out TimeSpan retryAfter)
    {
        var now = clock.GetTimestamp();
        if (!_accepted.TryGetValue(conversation, out var times))
        {
            times = [];
            _accepted[conversation] = times;
        }

        retryAfter = TimeSpan.Zero;
        foreach (var (window, limit) in Windows)
        {
            var inWindow = times.Where(t => clock.GetElapsedTime(t, now) < window).ToList();
            if (inWindow.Count >= limit)
            {
                // The call fits once enough of the oldest ones have left the window.
                var frees = window - clock.GetElapsedTime(inWindow[inWindow.Count - limit], now);
                retryAfter = frees > retryAfter ? frees : retryAfter;
            }
        }

        if (retryAfter > TimeSpan.Zero)
        {
            return false;
        }

        times.Add(now);
        return true;
    }
}

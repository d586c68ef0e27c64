using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Teams;

/// <summary>
/// A clock whose date and time are a <see cref="FakeTimeProvider"/>'s, set by the test, while timers and elapsed time
/// are real. The scheduler reads the fake morning; the Connector's retries wait the real Retry-After that the fake
/// Teams Connector asks for (a fully fake clock would hold them until the test moved time).
/// </summary>
internal sealed class WallClock(FakeTimeProvider wall) : TimeProvider
{
    public FakeTimeProvider Wall => wall;

    public override DateTimeOffset GetUtcNow() => wall.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

using System.Net;
using CoachBot.Protocol.Connector;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Protocol.Tests.Connector;

public sealed class ConnectorResilienceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_after_as_a_date_waits_until_that_date()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(Now.AddSeconds(7));

        var delay = ConnectorResilience.RetryAfter(response, new FakeTimeProvider(Now));

        Assert.NotNull(delay);
        Assert.InRange(delay.Value, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7.2));
    }

    [Fact]
    public void Retry_after_in_seconds_is_never_shortened()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(2));

        var delay = ConnectorResilience.RetryAfter(response, new FakeTimeProvider(Now));

        Assert.NotNull(delay);
        Assert.InRange(delay.Value, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.2));
    }

    [Fact]
    public void Without_retry_after_the_exponential_back_off_decides()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(ConnectorResilience.RetryAfter(response, new FakeTimeProvider(Now)));
    }
}

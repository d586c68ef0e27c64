using System.Net;
using System.Text;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Fuzz;

public sealed class RateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_over_its_budget_gets_429_with_retry_after_before_its_body_is_read()
    {
        using var factory = new CoachBotFactory()
            .With("Bot:RateLimit:ExemptLoopback", "false")
            .With("Bot:RateLimit:ClientBurst", "5")
            .With("Bot:RateLimit:ClientPerPeriod", "1")
            .With("Bot:RateLimit:Period", "00:01:00");
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? throttled = null;
        for (var i = 0; i < 7; i++)
        {
            var response = await client.PostAsync("/api/messages", new StringContent("not json", Encoding.UTF8, "application/json"), Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throttled ??= response;
            }
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)), statuses);
        Assert.NotNull(throttled!.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task A_conversation_over_its_budget_gets_429_while_another_conversation_goes_on()
    {
        using var factory = new CoachBotFactory()
            .With("Bot:RateLimit:ExemptLoopback", "false")
            .With("Bot:RateLimit:ConversationBurst", "3")
            .With("Bot:RateLimit:ConversationPerPeriod", "1")
            .With("Bot:RateLimit:Period", "00:01:00");
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsync(Activities.Message("chatty", "help"), Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        using var other = await client.PostAsync(Activities.Message("quiet", "help"), Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Loopback_callers_are_not_limited_by_default()
    {
        using var factory = new CoachBotFactory();
        using var client = factory.CreateClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await client.PostAsync(Activities.Message("busy-loopback", "help", id: "busy-" + i), Ct);
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}

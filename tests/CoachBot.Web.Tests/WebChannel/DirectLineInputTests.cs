using System.Net;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>Bad input gets a 4xx, never a 5xx: one 5xx stops Web Chat's polling for good.</summary>
public sealed class DirectLineInputTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999999")]
    public async Task A_bad_watermark_is_refused_with_400_and_polling_goes_on(string watermark)
    {
        await using var host = WebChannelHost.Start();
        var session = await host.DirectLine.StartNewAsync();

        using var bad = await host.DirectLine.PollRawAsync(session.Token, session.ConversationId, watermark);
        var next = await host.DirectLine.PollAsync(session.Token, session.ConversationId, "0");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.NotEmpty(next.Activities);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_watermark_is_read_leniently_and_answered_as_a_string()
    {
        await using var host = WebChannelHost.Start();
        var session = await host.DirectLine.StartNewAsync();

        var first = await host.DirectLine.PollAsync(session.Token, session.ConversationId, null);
        var padded = await host.DirectLine.PollAsync(session.Token, session.ConversationId, " 1 ");
        var ahead = await host.DirectLine.PollAsync(session.Token, session.ConversationId, "500");

        var count = first.Activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(count, first.WatermarkText);
        Assert.Equal(first.Activities.Count - 1, padded.Activities.Count);
        Assert.Empty(ahead.Activities);
        Assert.Equal(count, ahead.WatermarkText);
        host.AssertNoServerErrors();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("\"help\"")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\"}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    [InlineData("")]
    public async Task A_malformed_activity_is_refused_with_400(string body)
    {
        await using var host = WebChannelHost.Start();
        var (session, greeting) = await host.DirectLine.StartGreetedAsync();

        using var response = await host.DirectLine.PostActivityAsync(session.Token, session.ConversationId, body);
        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId, greeting.WatermarkText);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(page.Activities);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task An_activity_with_64_kB_of_text_is_refused_with_413()
    {
        await using var host = WebChannelHost.Start();
        var (session, greeting) = await host.DirectLine.StartGreetedAsync();

        using var response = await host.DirectLine.SendMessageAsync(session, new string('z', 64 * 1024));
        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId, greeting.WatermarkText);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(page.Activities);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_conversation_that_was_never_started_is_404()
    {
        await using var host = WebChannelHost.Start();
        var session = await host.DirectLine.GetSessionAsync();

        using var poll = await host.DirectLine.PollRawAsync(session.Token, session.ConversationId);
        using var post = await host.DirectLine.SendMessageAsync(session, "help");

        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Posting_faster_than_the_limit_is_answered_with_429()
    {
        await using var host = WebChannelHost.Start(f => f
            .With("LocalWebChannel:RateLimits:PostBurst", "3")
            .With("LocalWebChannel:RateLimits:PostInterval", "01:00:00"));
        var session = await host.DirectLine.GetSessionAsync();
        using var start = await host.DirectLine.StartAsync(session.Token);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await host.DirectLine.SendMessageAsync(session, "hello " + i);
            statuses.Add(response.StatusCode);
        }

        var other = await host.DirectLine.StartNewAsync();
        using var otherPost = await host.DirectLine.SendMessageAsync(other, "help");
        var poll = await host.DirectLine.PollAsync(session.Token, session.ConversationId);

        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherPost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, poll.Status);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task The_429_says_when_to_try_again()
    {
        await using var host = WebChannelHost.Start(f => f
            .With("LocalWebChannel:RateLimits:PostBurst", "1")
            .With("LocalWebChannel:RateLimits:PostInterval", "00:00:30"));
        var session = await host.DirectLine.StartNewAsync();

        using var limited = await host.DirectLine.SendMessageAsync(session, "help");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Polling_faster_than_the_limit_gets_empty_pages_never_an_error()
    {
        await using var host = WebChannelHost.Start(f => f
            .With("LocalWebChannel:RateLimits:PollBurst", "2")
            .With("LocalWebChannel:RateLimits:PollInterval", "01:00:00"));
        var session = await host.DirectLine.StartNewAsync();

        var first = await host.DirectLine.PollAsync(session.Token, session.ConversationId);
        var second = await host.DirectLine.PollAsync(session.Token, session.ConversationId);
        var throttled = await host.DirectLine.PollAsync(session.Token, session.ConversationId);

        Assert.NotEmpty(first.Activities);
        Assert.NotEmpty(second.Activities);
        Assert.Equal(HttpStatusCode.OK, throttled.Status);
        Assert.Empty(throttled.Activities);
        Assert.Equal("0", throttled.WatermarkText);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Asking_for_page_tokens_too_fast_is_answered_with_429()
    {
        await using var host = WebChannelHost.Start(f => f
            .With("LocalWebChannel:RateLimits:TokenBurst", "2")
            .With("LocalWebChannel:RateLimits:TokenInterval", "01:00:00"));

        await host.DirectLine.GetSessionAsync();
        await host.DirectLine.GetSessionAsync();
        using var third = await host.Client.PostAsync("api/webchat/token", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_page_token_request_with_a_malformed_body_is_refused_with_400()
    {
        await using var host = WebChannelHost.Start();

        using var response = await host.Client.PostAsync("api/webchat/token", new StringContent("{resume", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        host.AssertNoServerErrors();
    }
}

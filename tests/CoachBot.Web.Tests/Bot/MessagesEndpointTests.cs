using System.Net;
using System.Text;
using CoachBot.Coaching.Content;
using CoachBot.Protocol.Schema;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Bot;

public sealed class MessagesEndpointTests : IDisposable
{
    private readonly CoachBotFactory _factory = new();
    private readonly HttpClient _client;

    public MessagesEndpointTests() => _client = _factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Help_is_answered_from_the_content_file_in_the_response_body()
    {
        var replies = await _client.ExchangeAsync(Activities.Message("c-help", "help"), Ct);

        // First contact: the welcome, the answer, then onboarding's first question.
        Assert.Equal([Words.Messages[MessageIds.Welcome], Words.Messages[MessageIds.Help]], replies.Take(2));
        Assert.Equal(3, replies.Count);
    }

    [Fact]
    public async Task A_new_member_is_welcomed_once()
    {
        var welcome = await _client.ExchangeAsync(Activities.MembersAdded("c-welcome"), Ct);
        var next = await _client.ExchangeAsync(Activities.Message("c-welcome", "help"), Ct);

        Assert.Equal(Words.Messages[MessageIds.Welcome], welcome[0]);
        Assert.Single(welcome, Words.Messages[MessageIds.Welcome]);
        Assert.Equal(Words.Messages[MessageIds.Help], next[0]);
        Assert.DoesNotContain(Words.Messages[MessageIds.Welcome], next);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_applied_once()
    {
        var activity = Activities.Message("c-dup", "help", id: "activity-1");

        var first = await _client.ExchangeAsync(activity, Ct);
        var second = await _client.ExchangeAsync(activity, Ct);

        Assert.NotEmpty(first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task Malformed_json_gets_a_problem_without_a_stack_trace()
    {
        using var content = new StringContent("{\"type\":\"message\",", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/messages", content, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"type\":\"\",\"channelId\":\"test\",\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"test\"}")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"type\":42}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"half past elevenish\",\"channelId\":\"test\",\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\",\"text\":\"\\ud800\",\"channelId\":\"test\",\"conversation\":{\"id\":\"c\"}}")]
    public async Task An_activity_without_what_a_turn_needs_is_a_bad_request(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/messages", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        var activity = Activities.Message("c-big", new string('z', 300 * 1024));

        using var response = await _client.PostAsync(activity, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Ten_kilobytes_of_text_gets_a_kind_reply()
    {
        var replies = await _client.ExchangeAsync(Activities.Message("c-10k", new string('é', 5 * 1024) + "🙂"), Ct);

        Assert.Contains(Words.Messages[MessageIds.Welcome], replies);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_415()
    {
        using var content = new StringContent("type=message", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _client.PostAsync("/api/messages", content, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Get_is_not_allowed()
    {
        using var response = await _client.GetAsync("/api/messages", Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_acknowledged_and_ignored()
    {
        var activity = Activities.Message("c-unknown", "hello");
        activity.Type = "somethingNew";

        var replies = await _client.ExchangeAsync(activity, Ct);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task An_unhandled_invoke_answers_501()
    {
        var activity = Activities.Message("c-invoke", "x", expectReplies: false);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";

        using var response = await _client.PostAsync(activity, Ct);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Health_is_reported()
    {
        using var response = await _client.GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

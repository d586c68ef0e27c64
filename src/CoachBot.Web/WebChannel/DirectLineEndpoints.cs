using System.Globalization;
using CoachBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// The Direct Line 3.0 routes Web Chat calls (WEBCHAT.md §3). Every route takes a Direct Line token
/// bound to one user and one conversation: invalid → 401, expired or another conversation → 403.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    public static void Map(IEndpointRouteBuilder app)
    {
        var directLine = app.MapGroup(Prefix);
        directLine.MapPost("/conversations", StartAsync);
        directLine.MapGet("/conversations/{conversationId}", ReconnectAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", PollAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostAsync);
        directLine.MapPost("/tokens/refresh", Refresh);
    }

    private static Task<IResult> StartAsync(HttpContext context, ChannelTokens tokens, WebConversations conversations, ChannelRateLimiter limiter, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        ConnectAsync(context, null, tokens, conversations, limiter, timeProvider, StatusCodes.Status201Created, cancellationToken);

    private static Task<IResult> ReconnectAsync(HttpContext context, string conversationId, ChannelTokens tokens, WebConversations conversations, ChannelRateLimiter limiter, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        ConnectAsync(context, conversationId, tokens, conversations, limiter, timeProvider, StatusCodes.Status200OK, cancellationToken);

    private static async Task<IResult> ConnectAsync(HttpContext context, string? conversationId, ChannelTokens tokens, WebConversations conversations, ChannelRateLimiter limiter, TimeProvider timeProvider, int successStatus, CancellationToken cancellationToken)
    {
        if (Authorize(context, tokens, conversationId, out var token) is { } refused)
        {
            return refused;
        }

        if (limiter.TryPost(token.ConversationId) is { } retryAfter)
        {
            return ChannelHttp.TooManyRequests(context, retryAfter);
        }

        if (!await conversations.EnsureStartedAsync(token, cancellationToken))
        {
            return ChannelHttp.Forbidden();
        }

        var bearer = context.Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        return TypedResults.Json(Describe(token, bearer, timeProvider), WebChannelJson.Default.DirectLineConversation, statusCode: successStatus);
    }

    private static async Task<IResult> PollAsync(
        HttpContext context,
        string conversationId,
        ChannelTokens tokens,
        TranscriptStore transcripts,
        ChannelRateLimiter limiter,
        ILogger<WebConversations> logger,
        CancellationToken cancellationToken)
    {
        if (Authorize(context, tokens, conversationId, out var token) is { } refused)
        {
            return refused;
        }

        var watermarkText = context.Request.Query["watermark"].ToString().Trim();
        long watermark = 0;
        if (watermarkText.Length > 0 && (!long.TryParse(watermarkText, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) || watermark < 0))
        {
            return ChannelHttp.BadArgument("The watermark must be a non-negative whole number.");
        }

        var unchanged = new ActivitySet([], watermark.ToString(CultureInfo.InvariantCulture));
        if (!limiter.TryPoll(token.ConversationId))
        {
            // A 429 here would stop Web Chat's polling for good; an empty page only slows it down.
            WebChannelLog.PollThrottled(logger, token.ConversationId);
            return TypedResults.Json(unchanged, WebChannelJson.Default.ActivitySet);
        }

        try
        {
            var record = await transcripts.ReadAsync(token.ConversationId, cancellationToken);
            if (record is null)
            {
                return ChannelHttp.NotFound();
            }

            if (record.UserId != token.UserId)
            {
                return ChannelHttp.Forbidden();
            }

            return TypedResults.Json(WebConversations.Page(record, watermark), WebChannelJson.Default.ActivitySet);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Any failed poll stops Web Chat for good (WEBCHAT.md §3.4): answer "nothing new" and let it poll again.
            WebChannelLog.PollFailed(logger, exception, token.ConversationId);
            return TypedResults.Json(unchanged, WebChannelJson.Default.ActivitySet);
        }
    }

    private static async Task<IResult> PostAsync(
        HttpContext context,
        string conversationId,
        ChannelTokens tokens,
        WebConversations conversations,
        ChannelRateLimiter limiter,
        IOptions<LocalWebChannelOptions> options,
        CancellationToken cancellationToken)
    {
        if (Authorize(context, tokens, conversationId, out var token) is { } refused)
        {
            return refused;
        }

        if (limiter.TryPost(token.ConversationId) is { } retryAfter)
        {
            return ChannelHttp.TooManyRequests(context, retryAfter);
        }

        var (activity, invalid) = await ChannelHttp.ReadJsonAsync(context.Request, ProtocolJson.Default.Activity, options.Value.MaxActivityBytes, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        if (activity!.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing))
        {
            return ChannelHttp.BadArgument("A browser may post message, event or typing activities.");
        }

        if (activity.Type == ActivityTypes.Typing)
        {
            // Nobody reads the user's typing: not worth a store write or a bot turn.
            return TypedResults.Json(new ResourceResponse(null), ProtocolJson.Default.ResourceResponse);
        }

        var (outcome, stored) = await conversations.PostFromUserAsync(token.ConversationId, token.UserId, activity, cancellationToken);
        return outcome switch
        {
            PostOutcome.NotFound => ChannelHttp.NotFound(),
            PostOutcome.Forbidden => ChannelHttp.Forbidden(),
            PostOutcome.BotFailed => ChannelHttp.Error(StatusCodes.Status502BadGateway, "BotError", "The bot did not accept the activity."),
            _ => TypedResults.Json(new ResourceResponse(stored!.Id), ProtocolJson.Default.ResourceResponse),
        };
    }

    private static IResult Refresh(HttpContext context, ChannelTokens tokens)
    {
        if (Authorize(context, tokens, null, out var token) is { } refused)
        {
            return refused;
        }

        var fresh = tokens.CreateDirectLineToken(token.UserId, token.ConversationId, token.Locale, token.TimeZone);
        return TypedResults.Json(new DirectLineConversation(token.ConversationId, fresh, (long)tokens.TokenLifetime.TotalSeconds), WebChannelJson.Default.DirectLineConversation);
    }

    /// <summary>Null when the token is valid and bound to <paramref name="conversationId"/> (when given), else the refusal.</summary>
    private static IResult? Authorize(HttpContext context, ChannelTokens tokens, string? conversationId, out TokenPayload token)
    {
        var check = tokens.CheckAuthorization(context.Request.Headers.Authorization.ToString());
        token = check.Payload!;
        return check.Status switch
        {
            TokenStatus.Invalid => ChannelHttp.Unauthorized(),
            TokenStatus.Expired => ChannelHttp.Forbidden(),
            _ when conversationId is not null && conversationId != token.ConversationId => ChannelHttp.Forbidden(),
            _ => null,
        };
    }

    private static DirectLineConversation Describe(TokenPayload token, string bearer, TimeProvider timeProvider) =>
        new(token.ConversationId, bearer, Math.Max(0, token.ExpiresAt - timeProvider.GetUtcNow().ToUnixTimeSeconds()));
}

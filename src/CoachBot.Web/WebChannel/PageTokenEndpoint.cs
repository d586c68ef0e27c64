using Microsoft.Extensions.Options;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// <c>POST /api/webchat/token</c>: the page's way in. Without a valid resume ticket it gets a new user
/// and a new conversation; with one, the same user and (unless starting over) the same conversation, so
/// a browser that comes back tomorrow continues where it left off.
/// </summary>
internal static class PageTokenEndpoint
{
    public const string Route = "/api/webchat/token";
    private const int MaxBodyBytes = 4096;

    public static void Map(IEndpointRouteBuilder app) => app.MapPost(Route, IssueAsync);

    private static async Task<IResult> IssueAsync(
        HttpContext context,
        ChannelTokens tokens,
        TranscriptStore transcripts,
        ChannelRateLimiter limiter,
        IOptions<LocalWebChannelOptions> options,
        CancellationToken cancellationToken)
    {
        if (limiter.TryToken(context.Connection.RemoteIpAddress?.ToString() ?? "unknown") is { } retryAfter)
        {
            return ChannelHttp.TooManyRequests(context, retryAfter);
        }

        var (body, tooLarge) = await ChannelHttp.ReadBodyAsync(context.Request, MaxBodyBytes, cancellationToken);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        var request = new PageTokenRequest(null, false);
        if (!body.IsEmpty)
        {
            var (parsed, invalid) = ChannelHttp.Parse(body, WebChannelJson.Default.PageTokenRequest);
            if (invalid is not null)
            {
                return invalid;
            }

            request = parsed!;
        }

        string userId;
        string? conversationId = null;
        var resumed = false;
        var ticket = tokens.Check(request.Resume, TokenPayload.ResumePurpose);
        if (ticket.Status == TokenStatus.Valid)
        {
            userId = ticket.Payload!.UserId;
            if (!request.StartOver)
            {
                var record = await transcripts.ReadAsync(ticket.Payload.ConversationId, cancellationToken);
                if (record is null || record.UserId == userId)
                {
                    conversationId = ticket.Payload.ConversationId;
                    resumed = record is not null;
                }
            }
        }
        else
        {
            userId = ChannelIds.NewUserId();
        }

        conversationId ??= ChannelIds.NewConversationId();
        return TypedResults.Json(
            new PageTokenResponse(
                tokens.CreateDirectLineToken(userId, conversationId, BrowserLocale(request.Locale), BrowserTimeZone(request.TimeZone)),
                (long)tokens.TokenLifetime.TotalSeconds,
                userId,
                conversationId,
                resumed,
                tokens.CreateResumeTicket(userId, conversationId),
                (long)options.Value.PollingInterval.TotalMilliseconds),
            WebChannelJson.Default.PageTokenResponse);
    }

    /// <summary>A BCP 47 tag such as <c>en-GB</c>, or nothing: it is only a hint, so junk is dropped, not refused.</summary>
    private static string? BrowserLocale(string? locale) =>
        locale is { Length: > 1 and <= 35 } && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? locale : null;

    /// <summary>An IANA time zone this server knows, such as <c>Europe/Berlin</c>, or nothing.</summary>
    private static string? BrowserTimeZone(string? timeZone) =>
        timeZone is { Length: > 0 and <= 64 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) && zone.HasIanaId ? timeZone : null;
}

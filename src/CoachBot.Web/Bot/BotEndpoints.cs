using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Text.Json;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using CoachBot.Web.RateLimiting;
using CoachBot.Web.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.Bot;

/// <summary>
/// <c>POST /api/messages</c>, in the order PROTOCOL.md §1.1 asks: the token before the body is trusted,
/// then the size-capped body, then the channel checks, then the turn.
/// </summary>
public static class BotEndpoints
{
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IChannelAuthenticator authenticator,
        IServiceUrlTrust serviceUrlTrust,
        TurnProcessor processor,
        IOptions<TurnOptions> options,
        ConversationRateLimiter conversationLimits,
        ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(typeof(BotEndpoints));
        var cancellationToken = http.RequestAborted;

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, cancellationToken);
        if (!auth.Succeeded)
        {
            WebLog.Unauthorized(logger, auth.FailureReason ?? "not authenticated");
            return Results.Unauthorized();
        }

        if (authenticator.IsAnonymous && !IsLoopback(http.Connection.RemoteIpAddress))
        {
            WebLog.NotLoopback(logger);
            return Results.Unauthorized();
        }

        if (http.Request.ContentType is { } contentType && !IsJson(contentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "An activity must be sent as application/json.");
        }

        var limit = options.Value.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {limit} bytes.");
        }

        var (activity, problem) = await ReadActivityAsync(http.Request.BodyReader, limit, cancellationToken);
        if (activity is null)
        {
            WebLog.BadActivity(logger, problem!.Value.Detail);
            return Problem(problem.Value.Status, problem.Value.Detail);
        }

        if (!auth.ValidateActivity(activity.ChannelId, activity.ServiceUrl, out var channelFailure))
        {
            WebLog.Unauthorized(logger, channelFailure ?? "channel checks failed");
            return Results.Unauthorized();
        }

        if (!conversationLimits.TryAcquire(http, activity, out var retryAfter))
        {
            return BotRateLimiting.TooManyRequests(http, retryAfter);
        }

        if (!authenticator.IsAnonymous && activity.ServiceUrl is { Length: > 0 } serviceUrl)
        {
            serviceUrlTrust.RecordAuthenticated(serviceUrl);
        }

        Normalize(activity);
        try
        {
            var result = await processor.ProcessAsync(activity, cancellationToken);
            return ToHttpResult(result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Results.Empty;
        }
        catch (Exception ex)
        {
            WebLog.UnexpectedFailure(logger, ex.GetType().Name);
            return Problem(StatusCodes.Status500InternalServerError, "The turn could not be completed.");
        }
    }

    private static IResult ToHttpResult(TurnResult result)
    {
        if (result.Invoke is { } invoke)
        {
            return invoke.Body is { } body
                ? Results.Json(body, ProtocolJson.Default.JsonElement, statusCode: invoke.Status)
                : Results.StatusCode(invoke.Status);
        }

        return result.Replies is { } replies
            ? Results.Json(replies, ProtocolJson.Default.ExpectedReplies, statusCode: result.Status)
            : Results.StatusCode(result.Status);
    }

    private static async Task<(Activity? Activity, (int Status, string Detail)? Problem)> ReadActivityAsync(PipeReader body, int limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                body.AdvanceTo(buffer.End);
                return (null, (StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {limit} bytes."));
            }

            if (read.IsCompleted)
            {
                try
                {
                    return Parse(buffer);
                }
                finally
                {
                    body.AdvanceTo(buffer.End);
                }
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static (Activity?, (int, string)?) Parse(ReadOnlySequence<byte> buffer)
    {
        Activity? activity;
        try
        {
            var reader = new Utf8JsonReader(buffer);
            activity = JsonSerializer.Deserialize(ref reader, ProtocolJson.Default.Activity);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            return (null, (StatusCodes.Status400BadRequest, "The body is not a valid activity (malformed JSON)."));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, (StatusCodes.Status400BadRequest, "An activity needs a type."));
        }

        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return (null, (StatusCodes.Status400BadRequest, "An activity needs a channelId and a conversation id."));
        }

        return (activity, null);
    }

    /// <summary>Inbound fixes the Bot Framework SDK also makes (PROTOCOL.md §3.1).</summary>
    private static void Normalize(Activity activity)
    {
        activity.CallerId = null;
        if (activity.Conversation is { TenantId: null } conversation
            && activity.ChannelData is { ValueKind: JsonValueKind.Object } channelData
            && channelData.TryGetProperty("tenant", out var tenant)
            && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var tenantId)
            && tenantId.ValueKind == JsonValueKind.String)
        {
            conversation.TenantId = tenantId.GetString();
        }
    }

    private static bool IsJson(string contentType) =>
        contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase);

    // A request without a network peer comes from inside the process (the test host).
    private static bool IsLoopback(IPAddress? address) => address is null || IPAddress.IsLoopback(address);

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}

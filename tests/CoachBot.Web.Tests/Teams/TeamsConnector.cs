using System.Globalization;
using System.Text.Json;
using CoachBot.Protocol.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Web.Tests.Teams;

/// <summary>
/// The Teams Connector (REST v3) on loopback, strict as Teams is: each conversation's sends and creations go through
/// <see cref="TeamsRateLimits"/> and get 429 with <c>Retry-After</c> beyond them, and the test can script further 429s.
/// Records every call, refused ones too, so a test can prove each reply arrived exactly once and carried the token.
/// </summary>
public sealed class TeamsConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<ConnectorCall> _calls = [];
    private readonly Queue<TimeSpan?> _scripted = new();
    private readonly TeamsRateLimits _limits = new(TimeProvider.System);
    private int _ids;

    private TeamsConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Every call in the order it arrived.</summary>
    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The calls Teams took, in order: what the person sees.</summary>
    public IReadOnlyList<ConnectorCall> Accepted => [.. Calls.Where(c => c.Accepted)];

    /// <summary>Scripted 429s not yet handed out.</summary>
    public int ScriptedPending
    {
        get
        {
            lock (_lock)
            {
                return _scripted.Count;
            }
        }
    }

    public static async Task<TeamsConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new TeamsConnector(app);
        app.MapPost("/v3/conversations", (Delegate)((HttpContext http) => connector.HandleAsync(http, "create", null, null)));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) => connector.HandleAsync(http, "send", conversationId, null));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => connector.HandleAsync(http, "reply", conversationId, activityId));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => connector.HandleAsync(http, "update", conversationId, activityId));
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => connector.HandleAsync(http, "delete", conversationId, activityId));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>The next send or creation, whatever its conversation, is answered 429; with <paramref name="retryAfter"/> null, without a Retry-After.</summary>
    public void ThrottleNext(TimeSpan? retryAfter)
    {
        lock (_lock)
        {
            _scripted.Enqueue(retryAfter);
        }
    }

    /// <summary>The replies Teams took to one inbound activity, in order.</summary>
    public IReadOnlyList<Activity> RepliesTo(string activityId) =>
        [.. Accepted.Where(c => c.Operation == "reply" && c.ActivityId == activityId).Select(c => c.Activity!)];

    private async Task<IResult> HandleAsync(HttpContext http, string operation, string? conversationId, string? activityId)
    {
        Activity? activity = null;
        ConversationParameters? parameters = null;
        try
        {
            if (operation == "create")
            {
                parameters = await JsonSerializer.DeserializeAsync(http.Request.Body, ProtocolJson.Default.ConversationParameters, http.RequestAborted);
            }
            else if (operation != "delete")
            {
                activity = await JsonSerializer.DeserializeAsync(http.Request.Body, ProtocolJson.Default.Activity, http.RequestAborted);
            }
        }
        catch (JsonException)
        {
            lock (_lock)
            {
                _calls.Add(new ConnectorCall(operation, conversationId, activityId, Authorization(http), null, null, StatusCodes.Status400BadRequest, null, null, DateTimeOffset.UtcNow));
            }

            return Results.BadRequest();
        }

        lock (_lock)
        {
            var call = new ConnectorCall(operation, conversationId, activityId, Authorization(http), activity, parameters, StatusCodes.Status201Created, null, null, DateTimeOffset.UtcNow);
            if (operation is "send" or "reply" or "create")
            {
                var limited = operation == "create" ? "create:" + parameters?.Members?.FirstOrDefault()?.Id : conversationId!;
                if (_scripted.TryDequeue(out var scripted))
                {
                    return Throttle(http, call, ThrottleReason.Scripted, scripted);
                }

                if (!_limits.TryAcquire(limited, out var wait))
                {
                    return Throttle(http, call, ThrottleReason.RateLimit, wait);
                }
            }

            var id = (1_700_000_000_000L + ++_ids).ToString(CultureInfo.InvariantCulture);
            _calls.Add(call with { ResponseId = operation switch { "create" => "a:created-" + id, "send" or "reply" => id, _ => null } });
            return operation switch
            {
                "create" => Results.Json(new ConversationResourceResponse("a:created-" + id, null, ServiceUrl), ProtocolJson.Default.ConversationResourceResponse, statusCode: StatusCodes.Status201Created),
                "delete" => Results.Ok(),
                "update" => Results.Json(new ResourceResponse(activityId), ProtocolJson.Default.ResourceResponse),
                _ => Results.Json(new ResourceResponse(id), ProtocolJson.Default.ResourceResponse, statusCode: StatusCodes.Status201Created),
            };
        }
    }

    private IResult Throttle(HttpContext http, ConnectorCall call, ThrottleReason reason, TimeSpan? wait)
    {
        // Whole seconds, rounded up, as the header carries them.
        var retryAfter = wait is { } delay ? ((int)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture) : null;
        if (retryAfter is not null)
        {
            http.Response.Headers.RetryAfter = retryAfter;
        }

        _calls.Add(call with { Status = StatusCodes.Status429TooManyRequests, Throttled = reason, RetryAfter = retryAfter });
        return Results.Json(
            new ErrorResponse(new ConnectorError("ThrottledRequest", "Too many requests for this conversation.")),
            ProtocolJson.Default.ErrorResponse,
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static string Authorization(HttpContext http) => http.Request.Headers.Authorization.ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

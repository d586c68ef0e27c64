using System.Net;
using CoachBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// The Connector API v3 at the channel's <c>serviceUrl</c> (PROTOCOL.md §2.3): the bot's replies,
/// proactive messages, updates, deletes and new conversations. The bot sends no token to a loopback
/// <c>serviceUrl</c>, so these routes answer only direct loopback calls.
/// </summary>
internal static class ConnectorEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var connector = app.MapGroup(ChannelAddresses.ServicePath + "v3/conversations").AddEndpointFilter(LoopbackOnlyAsync);
        connector.MapPost(string.Empty, CreateAsync);
        connector.MapPost("/{conversationId}/activities", (HttpContext c, string conversationId, WebConversations w, IOptions<LocalWebChannelOptions> o, CancellationToken t) => SendAsync(c, conversationId, null, w, o, t));
        connector.MapPost("/{conversationId}/activities/{activityId}", SendAsync);
        connector.MapPut("/{conversationId}/activities/{activityId}", UpdateAsync);
        connector.MapDelete("/{conversationId}/activities/{activityId}", DeleteAsync);
    }

    private static async ValueTask<object?> LoopbackOnlyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var remote = http.Connection.RemoteIpAddress;

        // A request relayed by a local proxy also arrives from loopback; its forwarding headers give it away.
        var relayed = http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Request.Headers.ContainsKey("Forwarded");
        if (remote is null || !IPAddress.IsLoopback(remote) || relayed)
        {
            WebChannelLog.ConnectorCallRefused(http.RequestServices.GetRequiredService<ILogger<WebConversations>>(), remote?.ToString());
            return ChannelHttp.Error(StatusCodes.Status403Forbidden, "Forbidden", "The local web channel's Connector routes answer loopback calls only.");
        }

        return await next(context);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, WebConversations conversations, ChannelAddresses addresses, IOptions<LocalWebChannelOptions> options, CancellationToken cancellationToken)
    {
        var (parameters, invalid) = await ChannelHttp.ReadJsonAsync(context.Request, ProtocolJson.Default.ConversationParameters, options.Value.MaxBotActivityBytes, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        var conversationId = await conversations.CreateFromBotAsync(parameters!, cancellationToken);
        if (conversationId is null)
        {
            return ChannelHttp.BadArgument("A conversation needs a member with an id.");
        }

        string? activityId = null;
        if (parameters!.Activity is { } first)
        {
            activityId = (await conversations.PostFromBotAsync(conversationId, first, null, cancellationToken))?.Id;
        }

        return TypedResults.Json(new ConversationResourceResponse(conversationId, activityId, addresses.ServiceUrl), ProtocolJson.Default.ConversationResourceResponse);
    }

    private static async Task<IResult> SendAsync(HttpContext context, string conversationId, string? activityId, WebConversations conversations, IOptions<LocalWebChannelOptions> options, CancellationToken cancellationToken)
    {
        var (activity, invalid) = await ChannelHttp.ReadJsonAsync(context.Request, ProtocolJson.Default.Activity, options.Value.MaxBotActivityBytes, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        if (!ChannelIds.IsWellFormedConversationId(conversationId))
        {
            return ChannelHttp.NotFound();
        }

        if (activity!.Type == ActivityTypes.Typing)
        {
            // Typing is momentary: storing it would replay stale indicators to every reload.
            return TypedResults.Json(new ResourceResponse(ChannelIds.NewConversationId()), ProtocolJson.Default.ResourceResponse);
        }

        var stored = await conversations.PostFromBotAsync(conversationId, activity, activityId, cancellationToken);
        return stored is null
            ? ChannelHttp.NotFound()
            : TypedResults.Json(new ResourceResponse(stored.Id), ProtocolJson.Default.ResourceResponse);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, string conversationId, string activityId, WebConversations conversations, IOptions<LocalWebChannelOptions> options, CancellationToken cancellationToken)
    {
        var (activity, invalid) = await ChannelHttp.ReadJsonAsync(context.Request, ProtocolJson.Default.Activity, options.Value.MaxBotActivityBytes, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        if (!ChannelIds.IsWellFormedConversationId(conversationId))
        {
            return ChannelHttp.NotFound();
        }

        var updated = await conversations.UpdateFromBotAsync(conversationId, activityId, activity!, cancellationToken);
        return updated is null
            ? ChannelHttp.NotFound()
            : TypedResults.Json(new ResourceResponse(updated.Id), ProtocolJson.Default.ResourceResponse);
    }

    private static async Task<IResult> DeleteAsync(string conversationId, string activityId, WebConversations conversations, CancellationToken cancellationToken)
    {
        if (!ChannelIds.IsWellFormedConversationId(conversationId))
        {
            return ChannelHttp.NotFound();
        }

        return await conversations.DeleteFromBotAsync(conversationId, activityId, cancellationToken) is null
            ? ChannelHttp.NotFound()
            : TypedResults.Ok();
    }
}

namespace CoachBot.Web.Telemetry;

/// <summary>
/// Wraps each <c>POST /api/messages</c> in a turn span and records its outcome and duration, whatever answered it:
/// the authenticator, the body checks, the rate limits or the turn.
/// </summary>
internal sealed class TurnTelemetryMiddleware(RequestDelegate next, TurnTelemetry telemetry)
{
    public const string MessagesPath = "/api/messages";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.Equals(MessagesPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(http);
            return;
        }

        var observation = telemetry.Start();
        http.Features.Set(observation);
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(http);
            status = http.Response.StatusCode;
        }
        finally
        {
            telemetry.Stop(observation, status, http.RequestAborted.IsCancellationRequested);
        }
    }
}

using System.Net;
using CoachBot.Storage.Metrics;
using CoachBot.Web.Turns;

namespace CoachBot.Web.Bot;

/// <summary>
/// <c>GET /diagnostics/counters</c>: turns and storage operations since start, for load runs that report
/// storage reads and writes per turn. Loopback callers only; no user data in it.
/// </summary>
public static class DiagnosticsEndpoints
{
    public static IEndpointRouteBuilder MapDiagnosticsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/diagnostics/counters", (HttpContext http, TurnProcessor turns, CountingStore store) =>
        {
            if (http.Connection.RemoteIpAddress is { } address && !IPAddress.IsLoopback(address))
            {
                return Results.NotFound();
            }

            var counts = store.Snapshot();
            return Results.Json(
                new DiagnosticCounters(turns.TurnsProcessed, counts.Reads, counts.Writes, counts.Conflicts, counts.Deletes, counts.Failures),
                DiagnosticsJson.Default.DiagnosticCounters);
        });
        return app;
    }
}

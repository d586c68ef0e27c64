using System.Collections.Concurrent;
using System.Text.Json;
using CoachBot.Protocol.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Web.Tests.Support;

/// <summary>
/// A Connector REST v3 endpoint on loopback that records what the bot sends. Status codes can be
/// scripted per call to exercise retries and failures.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _scriptedStatuses = new();
    private int _ids;

    private FakeConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public string ServiceUrl { get; private set; } = string.Empty;

    public IEnumerable<Activity> Sent => Calls.Where(c => c.Activity is not null).Select(c => c.Activity!);

    public static async Task<FakeConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapMethods("/v3/conversations/{**rest}", ["POST", "PUT", "DELETE"], (Delegate)connector.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>The next calls answer these statuses, in order; afterwards calls succeed.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _scriptedStatuses.Enqueue(status);
        }
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        Activity? activity = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                activity = await JsonSerializer.DeserializeAsync(http.Request.Body, ProtocolJson.Default.Activity, http.RequestAborted);
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }
        }

        Calls.Enqueue(new RecordedCall(http.Request.Method, http.Request.Path.Value ?? string.Empty, http.Request.Headers.Authorization.ToString(), activity));
        if (_scriptedStatuses.TryDequeue(out var status))
        {
            return Results.StatusCode(status);
        }

        return Results.Json(new ResourceResponse("sent-" + Interlocked.Increment(ref _ids)), ProtocolJson.Default.ResourceResponse);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One call the fake Connector received.</summary>
public sealed record RecordedCall(string Method, string Path, string Authorization, Activity? Activity);

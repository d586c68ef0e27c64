using CoachBot.Protocol.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Web.Tests.Faults;

/// <summary>A Connector that misbehaves: it holds every call until released, or answers every call with one status.</summary>
public sealed class ScriptedConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstCall = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    private ScriptedConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Completes when the first call arrives.</summary>
    public Task FirstCall => _firstCall.Task;

    /// <summary>Holds each call until <see cref="Release"/> (or the caller gives up).</summary>
    public static Task<ScriptedConnector> HangingAsync(CancellationToken cancellationToken) => StartAsync(status: null, cancellationToken);

    /// <summary>Answers every call with <paramref name="status"/>.</summary>
    public static Task<ScriptedConnector> FailingAsync(int status, CancellationToken cancellationToken) => StartAsync(status, cancellationToken);

    public void Release() => _release.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<ScriptedConnector> StartAsync(int? status, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new ScriptedConnector(app);
        app.MapMethods("/v3/conversations/{**rest}", ["POST", "PUT", "DELETE"], async (HttpContext http) =>
        {
            Interlocked.Increment(ref connector._calls);
            connector._firstCall.TrySetResult();
            if (status is { } fixedStatus)
            {
                return Results.StatusCode(fixedStatus);
            }

            await connector._release.Task.WaitAsync(http.RequestAborted);
            return Results.Json(new ResourceResponse("held"), ProtocolJson.Default.ResourceResponse);
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }
}

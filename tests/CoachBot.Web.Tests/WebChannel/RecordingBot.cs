using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>
/// A stand-in bot on a loopback port that records what the channel forwards to it and answers 200, so a
/// test can read exactly what the channel sent (set <c>LocalWebChannel:BotEndpoint</c> to <see cref="Endpoint"/>).
/// </summary>
public sealed class RecordingBot : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(JsonElement Activity, string? Authorization)> _received = new();

    private RecordingBot(WebApplication app) => _app = app;

    public Uri Endpoint => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/messages");

    public IReadOnlyList<(JsonElement Activity, string? Authorization)> Received => [.. _received];

    public static async Task<RecordingBot> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bot = new RecordingBot(app);
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            using var json = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            bot._received.Enqueue((json.RootElement.Clone(), context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null));
            return Results.Ok();
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return bot;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

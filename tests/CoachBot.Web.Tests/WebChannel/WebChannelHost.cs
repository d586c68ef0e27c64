using CoachBot.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>
/// CoachBot composed as in production (Program.cs) with the local web channel on, listening on a real
/// loopback port (the channel forwards to <c>/api/messages</c> over HTTP, and a browser needs a socket),
/// on a fresh file store. Records every response for the no-5xx check.
/// </summary>
public sealed class WebChannelHost : IAsyncDisposable
{
    private readonly CoachBotFactory _factory;

    private WebChannelHost(CoachBotFactory factory, ResponseLog responses)
    {
        _factory = factory;
        Responses = responses;
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        DirectLine = new DirectLineTestClient(Client);
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public DirectLineTestClient DirectLine { get; }

    public ResponseLog Responses { get; }

    public string DataDirectory => _factory.DataDirectory;

    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts the host; <paramref name="configure"/> adds settings or replaces services.</summary>
    public static WebChannelHost Start(Action<CoachBotFactory>? configure = null)
    {
        var responses = new ResponseLog();
        var factory = new CoachBotFactory()
            .With("LocalWebChannel:Enabled", "true")
            .WithServices(services => services.AddSingleton<IStartupFilter>(new ResponseLogStartupFilter(responses)));
        configure?.Invoke(factory);
        // UseKestrel(0) rewrites the server's addresses after Program.cs has started it, which races with
        // Kestrel's start ("Addresses cannot be modified after the server has started"). Asking Kestrel
        // itself for a free loopback port gives the same real socket without the race.
        factory.With("urls", "http://127.0.0.1:0");
        factory.UseKestrel();
        factory.StartServer();
        return new WebChannelHost(factory, responses);
    }

    /// <summary>The sweep every channel test ends with: no request it caused was answered with a 5xx.</summary>
    public void AssertNoServerErrors() => Assert.Empty(Responses.ServerErrors);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}

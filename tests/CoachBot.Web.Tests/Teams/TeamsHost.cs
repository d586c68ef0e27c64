using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Schema;
using CoachBot.Storage;
using CoachBot.Web.Scheduling;
using CoachBot.Web.Tests.Support;
using CoachBot.Web.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Teams;

/// <summary>
/// CoachBot composed as in production (Program.cs) for Teams: a single-tenant app id and secret, signed inbound
/// activities checked against local OpenID metadata, and every outbound call, token request included, kept on this
/// machine. The service URL is the fake Teams Connector, trusted by configuration because it is plain http on
/// loopback. The clock's date and time are the test's; its timers are real. The scheduler's loop is off: the test runs
/// its tick when it moves the clock to a check-in time, as the loop would a moment later.
/// </summary>
internal sealed class TeamsHost : IAsyncDisposable
{
    public const string AppId = "3c9d5e1a-7b2f-4e8d-9a6c-1f0b2d4e6a8c";
    public const string TenantId = "5e7a9c1b-3d2f-4b6a-8c0e-2f4a6b8d0c1e";
    public const string BotId = "28:" + AppId;
    public const string BotName = "CoachBot";

    private readonly CoachBotFactory _factory;

    private TeamsHost(CoachBotFactory factory, TeamsConnector connector, TeamsAuthority authority, WallClock clock, IntendedReplies intended)
    {
        _factory = factory;
        Connector = connector;
        Authority = authority;
        Clock = clock;
        Intended = intended;
        Client = factory.CreateClient();
    }

    public TeamsConnector Connector { get; }

    public TeamsAuthority Authority { get; }

    public WallClock Clock { get; }

    public IntendedReplies Intended { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public IStore Store => _factory.Services.GetRequiredService<IStore>();

    public static async Task<TeamsHost> StartAsync(DateTimeOffset now)
    {
        var connector = await TeamsConnector.StartAsync(TestContext.Current.CancellationToken);
        var authority = new TeamsAuthority();
        var clock = new WallClock(new FakeTimeProvider(now));
        var intended = new IntendedReplies();
        var factory = new CoachBotFactory()
            .With("MicrosoftAppType", "SingleTenant")
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "test-only-secret-not-real")
            .With("MicrosoftAppTenantId", TenantId)
            .With("BotFrameworkAuthentication:TokenAuthorityHost", "https://login.authority.test")
            .With("Connector:TrustedServiceUrls:0", connector.ServiceUrl)
            .With("Connector:RetryDelay", "00:00:00.050")
            .With("Prompts:Enabled", "false")
            .With("Prompts:SendsPerSecond", "0")
            .WithServices(s =>
            {
                s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
                s.AddHttpClient(BotAuthenticationOptions.OpenIdMetadataHttpClientName).ConfigurePrimaryHttpMessageHandler(authority.MetadataHandler);
                s.AddHttpClient("BotFramework.Token").ConfigurePrimaryHttpMessageHandler(authority.TokenHandler);
                s.AddSingleton<ITurnCommittedObserver>(intended);
            });
        return new TeamsHost(factory, connector, authority, clock, intended);
    }

    /// <summary>Posts an activity as Teams does: no expectReplies, a channel token bound to its service URL.</summary>
    public async Task<HttpStatusCode> PostAsync(Activity activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Authority.ChannelToken(AppId, activity.ServiceUrl!, Clock.GetUtcNow()));
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>Moves the clock to <paramref name="at"/> and runs the scheduler's tick there.</summary>
    public Task<TickResult> TickAtAsync(DateTimeOffset at)
    {
        Clock.Wall.SetUtcNow(at);
        return _factory.Services.GetRequiredService<PromptTick>().RunAsync(at, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Tests.Connector;

/// <summary>
/// The outbound path composed as in production (configuration + <c>AddBotConnector</c>), with the
/// token HttpClient pointed at a <see cref="FakeTokenEndpoint"/> so nothing leaves the machine.
/// </summary>
internal sealed class ConnectorTestHost : IAsyncDisposable
{
    public const string AppId = "5f0e2a4b-6d1c-4f7e-9a3b-2c8d1e0f4a6b";
    public const string TenantId = "8d3c1b2a-0f4e-4d5c-b6a7-9e8f7a6b5c4d";
    public const string Secret = "S3cr3t~never-in-any-log";

    private readonly ServiceProvider _services;

    private ConnectorTestHost(ServiceProvider services, FakeTokenEndpoint tokens, RecordingLoggerProvider logs)
    {
        _services = services;
        Tokens = tokens;
        Logs = logs;
    }

    public FakeTokenEndpoint Tokens { get; }

    public RecordingLoggerProvider Logs { get; }

    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    public IServiceUrlTrust Trust => _services.GetRequiredService<IServiceUrlTrust>();

    public IBotTokenProvider TokenProvider => _services.GetRequiredService<IBotTokenProvider>();

    /// <summary>A single-tenant bot that trusts <paramref name="trustedServiceUrl"/>; <paramref name="overrides"/> replace or remove (null) keys.</summary>
    public static ConnectorTestHost Create(string? trustedServiceUrl, params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = Secret,
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotFrameworkAuthentication:TokenAuthorityHost"] = "https://login.authority.test",
            ["Connector:RetryDelay"] = "00:00:00.010",
        };
        if (trustedServiceUrl is not null)
        {
            settings["Connector:TrustedServiceUrls:0"] = trustedServiceUrl;
        }

        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var logs = new RecordingLoggerProvider();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddBotConnector();

        var tokens = new FakeTokenEndpoint();
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => tokens);
        return new ConnectorTestHost(services.BuildServiceProvider(validateScopes: true), tokens, logs);
    }

    /// <summary>A reply to a user's message in a Teams-like personal chat on <paramref name="serviceUrl"/>.</summary>
    public static Activity ReplyOn(string serviceUrl, string text = "hello", string conversationId = "a:1xyz;messageid=1", string replyToId = "1700000000001")
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Id = replyToId,
            Timestamp = DateTimeOffset.Parse("2026-11-24T07:30:00Z", System.Globalization.CultureInfo.InvariantCulture),
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:user" },
            Recipient = new ChannelAccount { Id = "28:" + AppId },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        };
        return inbound.CreateReply(text);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}

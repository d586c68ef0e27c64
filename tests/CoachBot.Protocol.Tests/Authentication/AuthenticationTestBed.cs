using CoachBot.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Tests.Authentication;

/// <summary>
/// The authenticator composed as in production (<c>AddBotAuthentication</c> over in-memory
/// configuration), with a fake clock, collected logs and a fake login host behind the named
/// metadata client.
/// </summary>
internal sealed class AuthenticationTestBed : IDisposable
{
    public const string AppId = "5f3c9a52-7d1e-4b8a-9c21-3e6f0d4a8b17";
    public const string TenantId = "0b6d3e2a-41c7-4f59-8e0d-92a1c5b7f364";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private AuthenticationTestBed(IDictionary<string, string?> settings, FakeBotFrameworkLogin login, Action<IServiceCollection>? configure)
    {
        Login = login;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(Time);
        services.AddBotAuthentication();
        services.AddHttpClient(BotAuthenticationOptions.OpenIdMetadataHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(login.CreateHandler);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero));

    public FakeBotFrameworkLogin Login { get; }

    public CollectingLoggerProvider Logs { get; } = new();

    public ServiceProvider Services { get; }

    public IChannelAuthenticator Authenticator => Services.GetRequiredService<IChannelAuthenticator>();

    public static Dictionary<string, string?> SingleTenantSettings() => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = TenantId,
    };

    /// <summary>A single-tenant bot whose fake login serves the primary key endorsed for <c>msteams</c>.</summary>
    public static AuthenticationTestBed Create(Action<IServiceCollection>? configure = null) =>
        Create(SingleTenantSettings(), new FakeBotFrameworkLogin().Serve(TestSigningKey.Primary, "msteams"), configure);

    public static AuthenticationTestBed Create(
        IDictionary<string, string?> settings, FakeBotFrameworkLogin login, Action<IServiceCollection>? configure = null) =>
        new(settings, login, configure);

    /// <summary>A channel token as Azure Bot Service sends it, valid now; <paramref name="adjust"/> bends it.</summary>
    public string Mint(TestSigningKey key, Action<SecurityTokenDescriptor>? adjust = null, string algorithm = SecurityAlgorithms.RsaSha256) =>
        Mint(new SigningCredentials(key.SecurityKey, algorithm), adjust);

    public string Mint(SigningCredentials credentials, Action<SecurityTokenDescriptor>? adjust = null)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = ChannelIssuer,
            Audience = AppId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(59),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl, ["appid"] = AppId },
            SigningCredentials = credentials,
        };
        adjust?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public Task<ChannelAuthResult> AuthenticateAsync(string token) =>
        Authenticator.AuthenticateAsync("Bearer " + token, TestContext.Current.CancellationToken);

    public async Task StartHostedServicesAsync()
    {
        foreach (var service in Services.GetServices<IHostedService>())
        {
            await service.StartAsync(TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => Services.Dispose();
}

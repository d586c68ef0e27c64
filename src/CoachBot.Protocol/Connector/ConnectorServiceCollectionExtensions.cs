using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Connector;

/// <summary>Registers the outbound Bot Framework path: token provider, service URL trust and Connector client.</summary>
public static class ConnectorServiceCollectionExtensions
{
    private const int MaxResponseBytes = 1024 * 1024;

    /// <summary>
    /// Adds <see cref="IBotTokenProvider"/>, <see cref="IServiceUrlTrust"/> and <see cref="IConnectorClient"/>
    /// as singletons, bound to the root keys <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>,
    /// <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c> and the sections <c>Connector</c> and
    /// <c>BotFrameworkAuthentication</c>. Calling it twice adds nothing the second time.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ConnectorRegistered)))
        {
            return services;
        }

        services.AddSingleton<ConnectorRegistered>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<BotAppOptions>()
            .BindConfiguration(string.Empty)
            .Validate(ValidateApp, "The bot's app settings are incomplete: MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI; a secret-based app needs MicrosoftAppPassword; SingleTenant and UserAssignedMSI need MicrosoftAppTenantId.")
            .ValidateOnStart();
        services.AddOptions<TokenAuthorityOptions>()
            .BindConfiguration(TokenAuthorityOptions.SectionName)
            .Validate(o => IsHttpUrl(o.TokenAuthorityHost), "BotFrameworkAuthentication:TokenAuthorityHost must be an absolute http(s) URL.")
            .ValidateOnStart();
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .Validate(o => o.TrustedServiceUrls.All(IsHttpUrl), "Connector:TrustedServiceUrls must hold absolute http(s) URLs.")
            .Validate(o => o.AttemptTimeout > TimeSpan.Zero && o.AttemptTimeout <= o.TotalTimeout, "Connector:AttemptTimeout must be positive and no longer than Connector:TotalTimeout.")
            .Validate(o => o.RetryDelay >= TimeSpan.Zero, "Connector:RetryDelay must not be negative.")
            .ValidateOnStart();

        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.AddHttpClient(ConnectorClient.HttpClientName, client =>
            {
                // The resilience pipeline owns the timeouts; HttpClient's own 100 s would cut across them.
                client.Timeout = Timeout.InfiniteTimeSpan;
                // Connector answers are a few hundred bytes; a service URL that streams more is not one.
                client.MaxResponseContentBufferSize = MaxResponseBytes;
            })
            .AddResilienceHandler(ConnectorResilience.PipelineName, ConnectorResilience.Configure)
            .SelectPipelineByAuthority();

        services.TryAddSingleton<MsalHttpClientFactory>();
        services.TryAddSingleton<IServiceUrlTrust, ServiceUrlTrust>();
        services.TryAddSingleton(CreateTokenProvider);
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }

    private static IBotTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        var app = services.GetRequiredService<IOptions<BotAppOptions>>().Value;
        if (app.IsAnonymous)
        {
            return new AnonymousBotTokenProvider();
        }

        if (app.AppType != BotAppType.UserAssignedMSI)
        {
            return ActivatorUtilities.CreateInstance<MsalBotTokenProvider>(services);
        }

        var httpClient = services.GetRequiredService<IHttpClientFactory>().CreateClient(MsalHttpClientFactory.HttpClientName);
        var credential = new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(app.MicrosoftAppId!.Trim()))
        {
            Transport = new HttpClientTransport(httpClient),
        });
        return new ManagedIdentityTokenProvider(
            credential,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<ManagedIdentityTokenProvider>>());
    }

    private static bool ValidateApp(BotAppOptions app)
    {
        if (app.IsAnonymous)
        {
            return true;
        }

        return app.AppType switch
        {
            BotAppType.MultiTenant => !string.IsNullOrEmpty(app.MicrosoftAppPassword),
            BotAppType.SingleTenant => !string.IsNullOrEmpty(app.MicrosoftAppPassword) && !string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId),
            BotAppType.UserAssignedMSI => !string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId),
            _ => false,
        };
    }

    private static bool IsHttpUrl(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Marks the collection so that a second call registers nothing twice (a second resilience handler would nest).</summary>
    private sealed class ConnectorRegistered;
}

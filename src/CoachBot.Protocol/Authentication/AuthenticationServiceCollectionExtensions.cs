using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    private static readonly TimeSpan MetadataRequestTimeout = TimeSpan.FromSeconds(10);
    private const long MaximumMetadataDocumentBytes = 1024 * 1024;

    /// <summary>
    /// Registers <see cref="IChannelAuthenticator"/>, its options (root keys <c>MicrosoftAppType</c>,
    /// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>; section
    /// <c>BotFrameworkAuthentication</c> for <c>OpenIdMetadataUrl</c>), validated at start-up, and a
    /// start-up warning when no app id makes the bot anonymous. Add <see cref="IAdditionalTokenIssuer"/>
    /// registrations separately.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddOptions<BotAuthenticationOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .BindConfiguration(BotAuthenticationOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotAuthenticationOptions.OpenIdMetadataHttpClientName, client =>
        {
            client.Timeout = MetadataRequestTimeout;
            client.MaxResponseContentBufferSize = MaximumMetadataDocumentBytes;
        });

        services.TryAddSingleton(provider => new OpenIdSigningKeySource(
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.OpenIdMetadataUrl,
            new HttpClientFactoryDocumentRetriever(provider.GetRequiredService<IHttpClientFactory>()),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<OpenIdSigningKeySource>>()));
        services.TryAddSingleton<IChannelAuthenticator, BotFrameworkChannelAuthenticator>();
        services.AddHostedService<AnonymousModeWarning>();
        return services;
    }
}

using CoachBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Tests.Connector;

public sealed class ConnectorServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddBotConnector();
        services.AddBotConnector();
        return services.BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public void The_root_app_keys_are_bound()
    {
        using var services = Build(new()
        {
            ["MicrosoftAppType"] = "singletenant",
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant",
        });

        var app = services.GetRequiredService<IOptions<BotAppOptions>>().Value;

        Assert.Equal(BotAppType.SingleTenant, app.AppType);
        Assert.Equal("app", app.MicrosoftAppId);
        Assert.Equal("tenant", app.MicrosoftAppTenantId);
        Assert.IsType<MsalBotTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public void A_user_assigned_identity_gets_the_managed_identity_provider()
    {
        using var services = Build(new()
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = "client-id",
            ["MicrosoftAppTenantId"] = "tenant",
        });

        Assert.IsType<ManagedIdentityTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public void No_app_id_means_anonymous_mode()
    {
        using var services = Build([]);

        Assert.IsType<AnonymousBotTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public void The_services_are_singletons_and_registered_once()
    {
        using var services = Build([]);

        Assert.Same(services.GetRequiredService<IConnectorClient>(), services.GetRequiredService<IConnectorClient>());
        Assert.Same(services.GetRequiredService<IServiceUrlTrust>(), services.GetRequiredService<IServiceUrlTrust>());
        Assert.Single(services.GetServices<IConnectorClient>());
    }

    [Theory]
    [InlineData("SingleTenant", "pa55-w0rd-value", null)]
    [InlineData("MultiTenant", null, null)]
    [InlineData("UserAssignedMSI", null, null)]
    [InlineData("Federated", "pa55-w0rd-value", "tenant")]
    public void Incomplete_app_settings_are_refused_without_echoing_the_secret(string appType, string? password, string? tenant)
    {
        using var services = Build(new()
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAppOptions>>().Value);
        Assert.DoesNotContain("pa55-w0rd-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attempt_timeout_longer_than_the_total_is_refused()
    {
        using var services = Build(new()
        {
            ["Connector:AttemptTimeout"] = "00:01:00",
            ["Connector:TotalTimeout"] = "00:00:30",
        });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConnectorOptions>>().Value);
    }
}

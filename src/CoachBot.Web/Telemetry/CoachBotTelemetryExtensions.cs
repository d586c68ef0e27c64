using Azure.Monitor.OpenTelemetry.AspNetCore;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Turns;
using CoachBot.Storage;
using CoachBot.Storage.Metrics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Instrumentation.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoachBot.Web.Telemetry;

/// <summary>OpenTelemetry for CoachBot: turn, storage and Connector spans; turn, prompt and storage metrics.</summary>
public static class CoachBotTelemetryExtensions
{
    /// <summary>The setting (an environment variable on App Service) that turns on the Azure Monitor exporter.</summary>
    public const string AzureMonitorConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Call last in the composition: it decorates the registered store, bot, error handler and Connector client.
    /// Binds <c>Telemetry</c> (<c>Enabled</c>, <c>IdSalt</c>), registers <see cref="PromptMetrics"/>, and wires
    /// OpenTelemetry with the Azure Monitor exporter when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set.
    /// </summary>
    public static WebApplicationBuilder AddCoachBotTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TelemetryIds>();
        services.TryAddSingleton<TurnTelemetry>();
        services.TryAddSingleton<PromptMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, TelemetryStartupFilter>());

        services.Decorate<IStore>((_, inner) => new TracingStore(inner));
        services.Decorate<IBot>((sp, inner) => new ObservedBot(inner, sp.GetRequiredService<TurnTelemetry>(), sp.GetRequiredService<IHttpContextAccessor>()));
        services.Decorate<ITurnErrorHandler>((sp, inner) => new ObservedTurnErrorHandler(inner, sp.GetRequiredService<IHttpContextAccessor>()));
        services.Decorate<IConnectorClient>((sp, inner) => new ObservedConnectorClient(inner, sp.GetRequiredService<IHttpContextAccessor>()));

        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.Enabled)
        {
            AddOpenTelemetry(services, builder.Configuration[AzureMonitorConnectionStringKey]);
        }

        return builder;
    }

    private static void AddOpenTelemetry(IServiceCollection services, string? azureMonitorConnectionString)
    {
        services.Configure<AspNetCoreTraceInstrumentationOptions>(HttpTelemetryRedaction.ConfigureServer);
        services.Configure<HttpClientTraceInstrumentationOptions>(HttpTelemetryRedaction.ConfigureClient);

        var openTelemetry = services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(TurnTelemetry.SourceName, TracingStore.SourceName))
            .WithMetrics(metrics => metrics.AddMeter(TurnTelemetry.MeterName, PromptMetrics.MeterName, CountingStore.MeterName));

        if (string.IsNullOrWhiteSpace(azureMonitorConnectionString))
        {
            // The Azure Monitor distro brings these itself; registering them twice would double the work.
            openTelemetry
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
            return;
        }

        services.AddSingleton<AzureMonitorRegistration>();
        openTelemetry.UseAzureMonitor(azure => azure.ConnectionString = azureMonitorConnectionString);
    }
}

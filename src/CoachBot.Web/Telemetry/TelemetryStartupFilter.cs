using Microsoft.Extensions.Options;

namespace CoachBot.Web.Telemetry;

/// <summary>Puts the turn telemetry middleware first in the pipeline, and says once at start-up where telemetry goes.</summary>
internal sealed class TelemetryStartupFilter(IOptions<TelemetryOptions> options, TelemetryIds ids, ILogger<TelemetryStartupFilter> logger) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var exportsToAzure = app.ApplicationServices.GetService<AzureMonitorRegistration>() is not null;
        if (!options.Value.Enabled)
        {
            TelemetryLog.Disabled(logger);
        }
        else if (exportsToAzure)
        {
            TelemetryLog.ExportingToAzureMonitor(logger);
        }
        else
        {
            TelemetryLog.NoExporter(logger);
        }

        if (!ids.HasConfiguredSalt)
        {
            TelemetryLog.PerProcessSalt(logger);
        }

        app.UseMiddleware<TurnTelemetryMiddleware>();
        next(app);
    };
}

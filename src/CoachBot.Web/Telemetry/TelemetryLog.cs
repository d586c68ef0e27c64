namespace CoachBot.Web.Telemetry;

/// <summary>Telemetry's log messages (EventIds 3400–3419).</summary>
internal static partial class TelemetryLog
{
    [LoggerMessage(3400, LogLevel.Information, "Telemetry is exported to Azure Monitor")]
    public static partial void ExportingToAzureMonitor(ILogger logger);

    [LoggerMessage(3401, LogLevel.Information, "Telemetry is collected but not exported: set APPLICATIONINSIGHTS_CONNECTION_STRING to send it to Azure Monitor")]
    public static partial void NoExporter(ILogger logger);

    [LoggerMessage(3402, LogLevel.Information, "OpenTelemetry is off (Telemetry:Enabled is false); the meters can still be read with dotnet-counters")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(3403, LogLevel.Information, "Ids in telemetry are hashed with a key made for this process; set Telemetry:IdSalt to match them across instances and restarts")]
    public static partial void PerProcessSalt(ILogger logger);
}

namespace CoachBot.Web.Telemetry;

/// <summary>Registered when telemetry goes to Azure Monitor, so start-up can say so.</summary>
internal sealed class AzureMonitorRegistration;

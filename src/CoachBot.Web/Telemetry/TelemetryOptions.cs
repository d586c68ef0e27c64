using System.ComponentModel.DataAnnotations;

namespace CoachBot.Web.Telemetry;

/// <summary>The <c>Telemetry</c> configuration section.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// OpenTelemetry traces and metrics (and the Azure Monitor exporter when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set). The meters exist either way, for dotnet-counters.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The key user and conversation ids are hashed with. Without one each process makes its own, so hashes
    /// cannot be matched across instances or restarts. A secret: keep it out of source control.
    /// </summary>
    [MinLength(16)]
    public string? IdSalt { get; set; }
}

using System.Reflection;

namespace CoachBot.Infra.Tests.Support;

/// <summary>Where the repository, the infra files and the Bicep CLI are; baked in at build time.</summary>
internal static class InfraPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Infra { get; } = Path.Combine(RepositoryRoot, "infra");

    public static string Teams { get; } = Path.Combine(Infra, "teams");

    public static string BicepCli { get; } = Metadata("BicepPath");

    public static string TeamsSchemas { get; } =
        Path.Combine(RepositoryRoot, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    private static string Metadata(string key) =>
        typeof(InfraPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata; build it with dotnet build.");
}

using CoachBot.Infra.Tests.Support;

namespace CoachBot.Infra.Tests.Teams;

internal static class TeamsPackageFiles
{
    public const string Placeholder = "{{MICROSOFT_APP_ID}}";

    /// <summary>An app id as the deployment would give it; any GUID will do.</summary>
    public const string SampleAppId = "0b5c3f1e-6d2a-4c8e-9f47-2a1d8e6b7c90";

    public static string ManifestPath => Path.Combine(InfraPaths.Teams, "manifest.json");

    public static string ReadManifest() => File.ReadAllText(ManifestPath);

    public static string ReadManifestWithAppId(string appId) =>
        ReadManifest().Replace(Placeholder, appId, StringComparison.Ordinal);
}

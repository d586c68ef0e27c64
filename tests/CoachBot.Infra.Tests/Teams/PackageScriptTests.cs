using System.IO.Compression;
using System.Text.Json.Nodes;
using CoachBot.Infra.Tests.Support;

namespace CoachBot.Infra.Tests.Teams;

public sealed class PackageScriptTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Script => Path.Combine(InfraPaths.Teams, "package.sh");

    [Fact]
    public async Task Package_holds_the_manifest_with_the_app_id_and_both_icons_at_its_root()
    {
        using var output = new TempDirectory();
        var zipPath = output.File("coachbot-teams.zip");

        var result = await ProcessRunner.RunAsync("bash", [Script, TeamsPackageFiles.SampleAppId, zipPath], output.Path, Ct);

        Assert.True(result.ExitCode == 0, result.ToString());
        await using var zip = await ZipFile.OpenReadAsync(zipPath, Ct);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
        var manifest = await ReadTextAsync(zip.GetEntry("manifest.json")!);
        Assert.DoesNotContain("{{", manifest, StringComparison.Ordinal);
        Assert.Equal(TeamsPackageFiles.SampleAppId, (string?)JsonNode.Parse(manifest)!["bots"]![0]!["botId"]);
        Assert.Empty(TeamsManifestSchema.Newest.Validate(manifest));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(InfraPaths.Teams, "color.png"), Ct), await ReadBytesAsync(zip.GetEntry("color.png")!));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(InfraPaths.Teams, "outline.png"), Ct), await ReadBytesAsync(zip.GetEntry("outline.png")!));
    }

    [Fact]
    public async Task Package_script_refuses_an_app_id_that_is_not_a_guid()
    {
        using var output = new TempDirectory();
        var zipPath = output.File("coachbot-teams.zip");

        var result = await ProcessRunner.RunAsync("bash", [Script, "not-an-app-id", zipPath], output.Path, Ct);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("GUID", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    private static async Task<string> ReadTextAsync(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(await entry.OpenAsync(Ct));
        return await reader.ReadToEndAsync(Ct);
    }

    private static async Task<byte[]> ReadBytesAsync(ZipArchiveEntry entry)
    {
        await using var stream = await entry.OpenAsync(Ct);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Ct);
        return copy.ToArray();
    }
}

using System.Text.Json;
using CoachBot.Infra.Tests.Support;

namespace CoachBot.Infra.Tests.Bicep;

public sealed class BicepFilesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] BicepFileNames = [.. InfraFiles("*.bicep")];
    private static readonly string[] ParamsFileNames = [.. InfraFiles("*.bicepparam")];

    public static TheoryData<string> BicepFiles { get; } = [.. BicepFileNames];

    public static TheoryData<string> ParamsFiles { get; } = [.. ParamsFileNames];

    [Fact]
    public void The_infra_folder_has_the_main_template_its_modules_and_an_example_parameters_file()
    {
        Assert.Contains("main.bicep", BicepFileNames);
        Assert.Contains(BicepFileNames, file => file.StartsWith("modules/", StringComparison.Ordinal));
        Assert.Contains("main.example.bicepparam", ParamsFileNames);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_builds_without_warnings(string file)
    {
        using var output = new TempDirectory();

        var result = await BicepCli.BuildAsync(file, output.File("template.json"), Ct);

        BicepCli.AssertClean(result, $"bicep build {file}");
        Assert.True(File.Exists(output.File("template.json")), $"bicep build {file} wrote no template");
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_has_no_linter_findings(string file)
    {
        var result = await BicepCli.LintAsync(file, Ct);

        BicepCli.AssertClean(result, $"bicep lint {file}");
    }

    [Theory]
    [MemberData(nameof(ParamsFiles))]
    public async Task Parameters_file_builds_and_lints_without_findings(string file)
    {
        using var output = new TempDirectory();

        var build = await BicepCli.BuildParamsAsync(file, output.File("parameters.json"), Ct);
        var lint = await BicepCli.LintAsync(file, Ct);

        BicepCli.AssertClean(build, $"bicep build-params {file}");
        BicepCli.AssertClean(lint, $"bicep lint {file}");
        using var parameters = JsonDocument.Parse(await File.ReadAllTextAsync(output.File("parameters.json"), Ct));
        Assert.True(parameters.RootElement.GetProperty("parameters").TryGetProperty("namePrefix", out _));
    }

    [Fact]
    public async Task The_linter_is_on_and_no_core_rule_is_switched_off()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(InfraPaths.Infra, "bicepconfig.json"), Ct);
        using var config = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });

        var core = config.RootElement.GetProperty("analyzers").GetProperty("core");

        Assert.True(core.GetProperty("enabled").GetBoolean());
        var rules = core.TryGetProperty("rules", out var configured) ? configured.EnumerateObject().ToList() : [];
        var weakened = rules
            .Where(rule => rule.Value.GetProperty("level").GetString() is "off" or "info" or "none")
            .Select(rule => rule.Name);
        Assert.Empty(weakened);
    }

    private static IEnumerable<string> InfraFiles(string pattern) =>
        Directory.EnumerateFiles(InfraPaths.Infra, pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(InfraPaths.Infra, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}

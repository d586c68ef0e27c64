using CoachBot.Infra.Tests.Support;

namespace CoachBot.Infra.Tests.Bicep;

/// <summary>Runs the Bicep CLI that the NuGet package Azure.Bicep.CommandLine.linux-x64 ships.</summary>
internal static class BicepCli
{
    public static Task<ProcessResult> BuildAsync(string bicepFile, string outputFile, CancellationToken cancellationToken) =>
        RunAsync(["build", bicepFile, "--outfile", outputFile], cancellationToken);

    public static Task<ProcessResult> BuildParamsAsync(string paramsFile, string outputFile, CancellationToken cancellationToken) =>
        RunAsync(["build-params", paramsFile, "--outfile", outputFile], cancellationToken);

    public static Task<ProcessResult> LintAsync(string file, CancellationToken cancellationToken) =>
        RunAsync(["lint", file], cancellationToken);

    /// <summary>Bicep reports warnings and linter findings on stderr and still exits 0; both must be empty.</summary>
    public static void AssertClean(ProcessResult result, string what)
    {
        Assert.True(result.ExitCode == 0, $"{what} failed:{Environment.NewLine}{result}");
        Assert.True(string.IsNullOrWhiteSpace(result.StandardError), $"{what} reported diagnostics:{Environment.NewLine}{result.StandardError}");
    }

    private static Task<ProcessResult> RunAsync(string[] arguments, CancellationToken cancellationToken)
    {
        if (!File.Exists(InfraPaths.BicepCli))
        {
            Assert.Fail(
                $"The Bicep CLI is missing at {InfraPaths.BicepCli}. It comes from the NuGet package " +
                "Azure.Bicep.CommandLine.linux-x64: run `dotnet restore tests/CoachBot.Infra.Tests` and build again.");
        }

        return ProcessRunner.RunAsync(InfraPaths.BicepCli, arguments, InfraPaths.Infra, cancellationToken);
    }
}

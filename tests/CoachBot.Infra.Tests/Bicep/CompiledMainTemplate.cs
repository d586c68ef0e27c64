using CoachBot.Infra.Tests.Support;

namespace CoachBot.Infra.Tests.Bicep;

/// <summary>main.bicep compiled once into a temporary folder for the tests that read the ARM JSON.</summary>
public sealed class CompiledMainTemplate : IAsyncLifetime
{
    private readonly TempDirectory _output = new();
    private ArmTemplate? _template;

    internal ArmTemplate Template => _template ?? throw new InvalidOperationException("Not compiled yet.");

    public async ValueTask InitializeAsync()
    {
        var file = _output.File("main.json");
        var result = await BicepCli.BuildAsync("main.bicep", file, TestContext.Current.CancellationToken);
        BicepCli.AssertClean(result, "bicep build main.bicep");
        _template = ArmTemplate.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    public ValueTask DisposeAsync()
    {
        _output.Dispose();
        return ValueTask.CompletedTask;
    }
}

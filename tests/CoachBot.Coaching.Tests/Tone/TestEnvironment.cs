using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Coaching.Tests.Tone;

/// <summary>A host environment with a chosen name (Development, Production).</summary>
internal sealed class TestEnvironment(string name) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = name;

    public string ApplicationName { get; set; } = "CoachBot.Tests";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}

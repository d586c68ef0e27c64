using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Web.Tests.Support;

/// <summary>
/// The web host composed exactly as in production (Program.cs), on a fresh file store in a temp folder.
/// Settings and service replacements are the only differences a test makes.
/// </summary>
public sealed class CoachBotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _services = [];

    public CoachBotFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("coachbot-test-").FullName;
        _settings["Storage:File:Directory"] = Path.Combine(DataDirectory, "state");
        _settings["LocalWebChannel:Enabled"] = "false";
    }

    public string DataDirectory { get; }

    public CoachBotFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public CoachBotFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a late background write; the temp folder is cleaned by the OS.
            }
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoachBot.Web.Tests.Support;

/// <summary>
/// The real CoachBot.Web process (the built app, as `dotnet run` starts it), on a free loopback port,
/// so tests can kill it with SIGKILL and start it again on the same data.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken, int? port = null)
    {
        var app = FindApp();
        var chosenPort = port ?? FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(app)!,
        };
        start.ArgumentList.Add(app);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{chosenPort}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + app);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{chosenPort}/"));
        await bot.WaitUntilHealthyAsync(cancellationToken);
        return bot;
    }

    public int Port => BaseAddress.Port;

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"CoachBot.Web exited with code {_process.ExitCode} during start-up.");
            }

            try
            {
                using var response = await client.GetAsync("healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Not answering yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("CoachBot.Web did not become healthy within 30 s.");
    }

    /// <summary>The built CoachBot.Web.dll of the same configuration as this test assembly.</summary>
    private static string FindApp()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CoachBot.sln")))
        {
            root = root.Parent;
        }

        var app = Path.Combine(root?.FullName ?? throw new InvalidOperationException("CoachBot.sln not found above " + AppContext.BaseDirectory), "src", "CoachBot.Web", "bin", configuration, framework, "CoachBot.Web.dll");
        return File.Exists(app) ? app : throw new FileNotFoundException("Build the solution first: " + app);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

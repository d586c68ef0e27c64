using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoachBot.Testing.Azurite;

/// <summary>
/// One Azurite blob service on 127.0.0.1, in memory, started from the repository's <c>node_modules</c>
/// (<c>npm ci</c> at the repository root installs it). Stopped by killing its process tree.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development key; it opens nothing but a local emulator.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public const string InstallCommand = "npm ci";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly string _executable;
    private readonly DirectoryInfo _workingDirectory;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private AzuriteProcess(string executable, int port)
    {
        _executable = executable;
        Port = port;
        _workingDirectory = Directory.CreateTempSubdirectory("coachbot-azurite-");
    }

    public int Port { get; }

    public Uri BlobEndpoint => new($"http://127.0.0.1:{Port}/{AccountName}");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts Azurite on a free port and returns once it listens.</summary>
    /// <exception cref="InvalidOperationException">Azurite is not installed or did not start; the message says how to install it.</exception>
    public static async Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken)
    {
        var executable = FindExecutable();

        // A free port can be taken between probing it and Azurite binding it; a few fresh ports settle that race.
        for (var attempt = 1; ; attempt++)
        {
            var azurite = new AzuriteProcess(executable, FreePort());
            try
            {
                await azurite.RunAsync(cancellationToken);
                return azurite;
            }
            catch (InvalidOperationException) when (attempt < 3 && azurite.AddressWasInUse)
            {
                await azurite.DisposeAsync();
            }
            catch
            {
                await azurite.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Kills Azurite; its in-memory data is gone. <see cref="RestartAsync"/> brings it back on the same port.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        using (process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(StopTimeout);
            await process.WaitForExitAsync(timeout.Token);
        }
    }

    /// <summary>Starts Azurite again on the same port, empty.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await StopAsync();
        await RunAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            _workingDirectory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the OS cleans its temp directory.
        }
    }

    private bool AddressWasInUse => _output.Any(line => line.Contains("EADDRINUSE", StringComparison.Ordinal));

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        _output.Clear();

        // True once Azurite says it listens, false if it exits first.
        var listening = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo(_executable)
        {
            WorkingDirectory = _workingDirectory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--inMemoryPersistence", "--extentMemoryLimit", "256",
                     "--skipApiVersionCheck", "--disableTelemetry", "--loose",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnOutput(e.Data, listening);
        process.ErrorDataReceived += (_, e) => OnOutput(e.Data, listening);
        process.Exited += (_, _) => listening.TrySetResult(false);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException(
                $"Could not start Azurite ({_executable}): {e.Message}. Node.js 20 must be on PATH; then run `{InstallCommand}` at the repository root ({RepositoryRoot.Path}).", e);
        }

        _process = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool listens;
        try
        {
            listens = await listening.Task.WaitAsync(StartTimeout, cancellationToken);
        }
        catch (TimeoutException e)
        {
            await StopAsync();
            throw Failure($"Azurite did not listen on 127.0.0.1:{Port} within {StartTimeout.TotalSeconds:0} s.", e);
        }

        if (!listens)
        {
            // Waiting for the exit also drains its output, so the message below shows why it stopped.
            await process.WaitForExitAsync(cancellationToken);
            var exitCode = process.ExitCode;
            await StopAsync();
            throw Failure($"Azurite exited with code {exitCode} before listening on 127.0.0.1:{Port}.");
        }
    }

    private void OnOutput(string? line, TaskCompletionSource<bool> listening)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (line.Contains("successfully listens on", StringComparison.Ordinal))
        {
            listening.TrySetResult(true);
        }
    }

    private InvalidOperationException Failure(string what, Exception? inner = null) => new(
        $"{what} Run `{InstallCommand}` at the repository root ({RepositoryRoot.Path}) if it is not installed. Its output:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}",
        inner);

    private static string FindExecutable()
    {
        var name = OperatingSystem.IsWindows() ? "azurite-blob.cmd" : "azurite-blob";
        var path = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", name);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Azurite is not installed ({path} is missing). Run `{InstallCommand}` at the repository root ({RepositoryRoot.Path}); package.json pins azurite 3.35.0.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// The key that signs the channel's tokens: configured, or generated once and kept in the data
/// directory (never in the repository), so tokens survive a restart.
/// </summary>
internal sealed class SigningKey
{
    public const string FileName = "webchannel-signing.key";
    private const int KeyBytes = 32;

    public SigningKey(IOptions<LocalWebChannelOptions> options, IConfiguration configuration, IHostEnvironment environment, ILogger<SigningKey> logger)
    {
        var configured = options.Value.SigningKey;
        Bytes = string.IsNullOrWhiteSpace(configured)
            ? LoadOrCreate(Path.Combine(DataDirectory(configuration, environment), FileName), logger)
            : Convert.FromBase64String(configured);
    }

    public byte[] Bytes { get; }

    /// <summary>The parent of the file store's directory when one is configured, else App_Data under the content root.</summary>
    public static string DataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var storeDirectory = configuration["Storage:File:Directory"];
        if (string.IsNullOrWhiteSpace(storeDirectory))
        {
            return Path.Combine(environment.ContentRootPath, "App_Data");
        }

        var full = Path.GetFullPath(storeDirectory, environment.ContentRootPath);
        return Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full)) ?? full;
    }

    public static bool IsUsableKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return true;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written >= KeyBytes;
    }

    private static byte[] LoadOrCreate(string path, ILogger logger)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        try
        {
            var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(path, fileOptions))
            {
                writer.Write(Convert.ToBase64String(key));
            }

            WebChannelLog.SigningKeyCreated(logger, path);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance sharing the directory wrote it first: use theirs, or its tokens fail here.
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}

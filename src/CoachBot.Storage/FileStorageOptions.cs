namespace CoachBot.Storage;

/// <summary>The <c>Storage:File</c> configuration section.</summary>
public sealed class FileStorageOptions
{
    /// <summary>Where the state files live; a relative path is under the host's content root. Default: <c>App_Data/state</c>.</summary>
    public string? Directory { get; set; }

    /// <summary>How long a write waits for another process that holds the same file lock.</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

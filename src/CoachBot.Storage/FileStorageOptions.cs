namespace CoachBot.Storage;

/// <summary>The <c>Storage:File</c> configuration section.</summary>
public sealed class FileStorageOptions
{
    /// <summary>Where the state files live; a relative path is under the host's content root. Default: <c>App_Data/state</c>.</summary>
    public string? Directory { get; set; }

    /// <summary>How long a write waits for another process that holds the same file lock.</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Flush every write to the disk before it becomes visible (default true). Off, writes still survive the
    /// process being killed (the rename is atomic and the OS keeps the data), but not a power cut.
    /// </summary>
    public bool FlushToDisk { get; set; } = true;
}

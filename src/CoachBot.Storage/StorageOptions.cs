namespace CoachBot.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Storage:Kind</c>: <c>File</c> (default) or <c>Blob</c>.</summary>
    public StorageKind Kind { get; set; } = StorageKind.File;

    /// <summary><c>Storage:File</c>.</summary>
    public FileStorageOptions File { get; set; } = new();

    /// <summary><c>Storage:Blob</c>.</summary>
    public BlobStorageOptions Blob { get; set; } = new();
}

namespace CoachBot.Storage;

/// <summary>Which backend holds the state.</summary>
public enum StorageKind
{
    /// <summary>Files under a local directory: the default, for one machine.</summary>
    File,

    /// <summary>Azure Blob Storage (or Azurite): for several instances.</summary>
    Blob,
}

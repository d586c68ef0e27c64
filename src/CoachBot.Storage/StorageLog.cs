using Microsoft.Extensions.Logging;

namespace CoachBot.Storage;

/// <summary>Storage log messages, EventIds 2000–2099. Keys are logged only at Debug: they carry channel user ids.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "State is stored in files under {Directory}")]
    public static partial void FileStoreOpened(ILogger logger, string directory);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "State is stored in blob container {Container} of account {Account}")]
    public static partial void BlobStoreOpened(ILogger logger, string container, string account);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Blob container {Container} is ready")]
    public static partial void ContainerCreated(ILogger logger, string container);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Blob container {Container} is missing; creating it")]
    public static partial void ContainerMissing(ILogger logger, string container);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Write of {Key} lost to another writer")]
    public static partial void WriteConflict(ILogger logger, string key);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Blob storage could not be reached during {Operation}")]
    public static partial void BlobStoreUnavailable(ILogger logger, string operation, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Gave up waiting {Timeout} for the file lock {LockFile}; another process holds it")]
    public static partial void FileLockTimedOut(ILogger logger, TimeSpan timeout, string lockFile);
}

namespace CoachBot.Storage;

/// <summary>A conditional write or create-only write lost: someone else wrote first. Re-read and retry.</summary>
public sealed class StoreConflictException : Exception
{
    public StoreConflictException()
    {
    }

    public StoreConflictException(string message)
        : base(message)
    {
    }

    public StoreConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace CoachBot.Coaching.Content;

/// <summary>A content file in <c>dialogs/</c> is missing, malformed or incomplete; the message names the file and line.</summary>
public sealed class ContentException : Exception
{
    public ContentException()
    {
    }

    public ContentException(string message)
        : base(message)
    {
    }

    public ContentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static ContentException At(string file, long line, string problem) =>
        new($"{Path.GetFileName(file)}:{line}: {problem}");
}

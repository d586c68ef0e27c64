namespace CoachBot.Dialogs.Recognizers;

/// <summary>Factories for <see cref="Recognition{T}"/>.</summary>
public static class Recognition
{
    public static Recognition<T> Recognized<T>(T value, bool approximate = false)
        where T : struct => new(RecognitionKind.Recognized, value, null, approximate);

    public static Recognition<T> Ambiguous<T>(T first, T second, bool approximate = false)
        where T : struct => new(RecognitionKind.Ambiguous, first, second, approximate);

    /// <summary>A result without a value: not recognized, vague, descriptive, out of range or unknown.</summary>
    public static Recognition<T> Of<T>(RecognitionKind kind)
        where T : struct => new(kind);
}

namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// The outcome of reading one answer. <see cref="Value"/> is set for
/// <see cref="RecognitionKind.Recognized"/> and, with <see cref="Alternative"/>, for
/// <see cref="RecognitionKind.Ambiguous"/> (the earlier or smaller reading first); the other kinds carry no value.
/// </summary>
/// <param name="IsApproximate">The person hedged ("about", "-ish", a range, "not sure, maybe").</param>
public readonly record struct Recognition<T>(
    RecognitionKind Kind,
    T? Value = null,
    T? Alternative = null,
    bool IsApproximate = false)
    where T : struct
{
    public bool IsRecognized => Kind == RecognitionKind.Recognized;
}

namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// Which option an answer picked. <see cref="ChoiceId"/> is set when <see cref="Kind"/> is
/// <see cref="RecognitionKind.Recognized"/>; <see cref="Candidates"/> lists the ids that fit an
/// <see cref="RecognitionKind.Ambiguous"/> answer, in the options' order.
/// </summary>
public sealed record ChoiceRecognition(RecognitionKind Kind, string? ChoiceId, IReadOnlyList<string> Candidates)
{
    public static ChoiceRecognition Of(RecognitionKind kind) => new(kind, null, []);

    public static ChoiceRecognition Picked(string id) => new(RecognitionKind.Recognized, id, [id]);

    public static ChoiceRecognition Between(IReadOnlyList<string> ids) =>
        ids.Count == 1 ? Picked(ids[0]) : new(RecognitionKind.Ambiguous, null, ids);
}

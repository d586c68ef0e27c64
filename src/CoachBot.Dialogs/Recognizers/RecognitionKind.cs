namespace CoachBot.Dialogs.Recognizers;

/// <summary>What a recognizer made of an answer, and so what the dialog does next.</summary>
public enum RecognitionKind
{
    /// <summary>Nothing usable was found: re-prompt once with an example.</summary>
    NotRecognized = 0,

    /// <summary>A single value.</summary>
    Recognized,

    /// <summary>Two readings fit (11 am or 11 pm, pain 6 or 7): ask which one.</summary>
    Ambiguous,

    /// <summary>A real answer without a number ("ages", "lots"): ask for a rough number.</summary>
    Vague,

    /// <summary>Words instead of a score ("really bad"): ask once for the number.</summary>
    Descriptive,

    /// <summary>A number outside the item's scale (pain 11, a negative duration).</summary>
    OutOfRange,

    /// <summary>The person doesn't know ("no idea", "dunno"): treat the item as skipped.</summary>
    Unknown,
}

namespace CoachBot.Coaching.Tone;

/// <summary>A tone finding in a content file: where it is (file and line) and which rule it breaks.</summary>
public sealed record ContentToneFinding(string File, long Line, string Rule, string Words)
{
    public override string ToString() => $"{File}:{Line}: tone rule '{Rule}' ({Words})";
}

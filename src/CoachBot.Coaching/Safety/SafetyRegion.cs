namespace CoachBot.Coaching.Safety;

/// <summary>Whose helplines and urgent-care routes to give (<c>dialogs/safety.yaml</c> keys).</summary>
internal enum SafetyRegion
{
    Generic,
    UK,
    US,
}

namespace CoachBot.Dialogs;

/// <summary>
/// Looks at every inbound message before any dialog does (the coaching layer's safety check). Returning
/// true means the screen answered the turn and no dialog step runs.
/// </summary>
public interface IMessageScreen
{
    Task<bool> ScreenAsync(DialogContext dc, CancellationToken cancellationToken);
}

namespace CoachBot.Coaching.Content;

/// <summary>Ids of messages in <c>dialogs/messages.yaml</c> that code refers to.</summary>
public static class MessageIds
{
    public const string Welcome = "welcome";
    public const string Help = "help";
    public const string Apology = "errors.apology";
    public const string StorageUnavailable = "errors.storage_unavailable";
    public const string NotUnderstood = "fallback.not_understood";
    public const string Cancelled = "dialog.cancelled";
    public const string NothingToGoBackTo = "dialog.nothing_to_go_back_to";
}

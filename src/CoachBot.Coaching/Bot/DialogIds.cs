namespace CoachBot.Coaching.Bot;

/// <summary>Ids of the top-level dialogs the bot starts.</summary>
public static class DialogIds
{
    public const string Onboarding = "onboarding";
    public const string Settings = "settings";
    public const string CheckIn = "checkin";
}

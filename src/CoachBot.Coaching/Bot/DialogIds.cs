namespace CoachBot.Coaching.Bot;

/// <summary>Ids of the top-level dialogs the bot starts.</summary>
public static class DialogIds
{
    public const string Onboarding = "onboarding";
    public const string Settings = "settings";
    public const string CheckIn = "checkin";
    public const string NightHelp = "nighthelp";
    public const string History = "mydata.history";
    public const string Export = "mydata.export";
    public const string DeleteData = "mydata.delete";
}

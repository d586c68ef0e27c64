namespace CoachBot.Coaching.Onboarding;

/// <summary>Ids of the onboarding prompts; the settings dialog asks through the same ones.</summary>
internal static class OnboardingIds
{
    public const string ConfirmZonePrompt = "onboarding.confirm_zone";
    public const string ZonePrompt = "onboarding.zone";
    public const string CheckInTimePrompt = "onboarding.checkin_time";
    public const string DiaryConsentPrompt = "onboarding.diary_consent";
}

namespace CoachBot.Coaching.Onboarding;

/// <summary>Ids of the words in the <c>onboarding</c> group of <c>dialogs/onboarding.yaml</c>.</summary>
internal static class OnboardingMessageIds
{
    public const string ZoneNameCity = "onboarding.zone_name.city";
    public const string ZoneNamePlain = "onboarding.zone_name.plain";
    public const string ZoneConfirm = "onboarding.timezone.confirm";
    public const string ZoneConfirmRetry = "onboarding.timezone.confirm_retry";
    public const string ZoneAsk = "onboarding.timezone.ask";
    public const string ZoneRetry = "onboarding.timezone.retry";
    public const string ZoneSet = "onboarding.timezone.set";
    public const string ZoneKept = "onboarding.timezone.kept";
    public const string TimeAsk = "onboarding.checkin_time.ask";
    public const string TimeRetry = "onboarding.checkin_time.retry";
    public const string TimeOutOfWindow = "onboarding.checkin_time.out_of_window";
    public const string TimeDefaultUsed = "onboarding.checkin_time.default_used";
    public const string TimeButtons = "onboarding.checkin_time.buttons";
    public const string TimeDefaultPhrases = "onboarding.checkin_time.default_phrases";
    public const string DiaryAsk = "onboarding.diary.ask";
    public const string DiaryRetry = "onboarding.diary.retry";
    public const string DoneWithDiary = "onboarding.done.with_diary";
    public const string DoneWithoutDiary = "onboarding.done.without_diary";
    public const string Yes = "onboarding.buttons.yes";
    public const string No = "onboarding.buttons.no";

    public static IReadOnlyList<string> All { get; } =
    [
        ZoneNameCity, ZoneNamePlain, ZoneConfirm, ZoneConfirmRetry, ZoneAsk, ZoneRetry, ZoneSet, ZoneKept,
        TimeAsk, TimeRetry, TimeOutOfWindow, TimeDefaultUsed, TimeButtons, TimeDefaultPhrases,
        DiaryAsk, DiaryRetry, DoneWithDiary, DoneWithoutDiary, Yes, No,
    ];
}

namespace CoachBot.Coaching.Feedback;

/// <summary>Ids of the words in <c>dialogs/feedback.yaml</c>.</summary>
internal static class FeedbackMessageIds
{
    public const string Frustrated = "feedback.frustrated.reply";
    public const string FrustratedAlreadyOff = "feedback.frustrated.already_off";
    public const string FrustratedInDialog = "feedback.frustrated.in_dialog";
    public const string DiaryOnlyButton = "feedback.frustrated.buttons.diary_only";
    public const string PauseButton = "feedback.frustrated.buttons.pause";
    public const string AdviceOff = "feedback.advice_off";
    public const string AdviceOn = "feedback.advice_on";
    public const string SkipToday = "feedback.skip_today";
}

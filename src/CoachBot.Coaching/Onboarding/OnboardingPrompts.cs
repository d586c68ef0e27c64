using System.Text.Json;
using CoachBot.Coaching.Bot;
using CoachBot.Coaching.State;
using CoachBot.Coaching.TimeZones;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Recognizers;
using CoachBot.Protocol.Turns;
using static CoachBot.Coaching.Onboarding.OnboardingMessageIds;

namespace CoachBot.Coaching.Onboarding;

/// <summary>The questions onboarding asks, with their words; settings asks through the same prompts.</summary>
internal static class OnboardingPrompts
{
    public static IEnumerable<Dialog> Create(OnboardingReplies replies, TimeZoneResolver resolver)
    {
        var words = replies.Messages;

        yield return new YesNoPrompt(OnboardingIds.ConfirmZonePrompt, new PromptMessages<bool>(
            turn => replies.YesNo(turn, words.Format(ZoneConfirm, ("zone_name", replies.ZoneName(ZoneToConfirm(turn))))),
            (turn, _) => replies.YesNo(turn, words.Format(ZoneConfirmRetry, ("zone_name", replies.ZoneName(ZoneToConfirm(turn)))))));

        yield return new TimeZonePrompt(OnboardingIds.ZonePrompt, new PromptMessages<ZoneAnswer>(
            turn => turn.Activity.CreateReply(words[ZoneAsk]),
            (turn, _) => turn.Activity.CreateReply(words[ZoneRetry])), resolver);

        var timeButtons = words.Variants(TimeButtons);
        yield return new CheckInTimePrompt(OnboardingIds.CheckInTimePrompt, new PromptMessages<TimeOnly>(
            turn => OnboardingReplies.WithButtons(turn, words[TimeAsk], timeButtons),
            (turn, recognition) => OnboardingReplies.WithButtons(
                turn, words[recognition.Kind == RecognitionKind.OutOfRange ? TimeOutOfWindow : TimeRetry], timeButtons)),
            words.Variants(TimeDefaultPhrases));

        yield return new YesNoPrompt(OnboardingIds.DiaryConsentPrompt, new PromptMessages<bool>(
            turn => replies.YesNo(turn, words[DiaryAsk]),
            (turn, _) => replies.YesNo(turn, words[DiaryRetry])));
    }

    /// <summary>
    /// The zone being confirmed, from onboarding's saved state: the confirmation is also re-asked after
    /// "help" or a restart, when the message in hand may not carry the channel's zone.
    /// </summary>
    private static string ZoneToConfirm(TurnContext turn)
    {
        if (turn.TurnState.TryGet<ConversationData>(out var conversation)
            && conversation.Dialogs.Stack.FindLast(d => d.Id == DialogIds.Onboarding)?.State is { ValueKind: JsonValueKind.Object } json
            && JsonSerializer.Deserialize(json, OnboardingJson.Default.OnboardingState)?.ChannelZoneId is { } saved)
        {
            return saved;
        }

        return ChannelTimeZone.Find(turn.Activity) ?? OnboardingDialog.UtcZone;
    }
}

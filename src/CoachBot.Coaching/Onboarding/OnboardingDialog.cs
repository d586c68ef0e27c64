using CoachBot.Coaching.Bot;
using CoachBot.Coaching.State;
using CoachBot.Coaching.TimeZones;
using CoachBot.Dialogs;
using Microsoft.Extensions.Logging;
using static CoachBot.Coaching.Onboarding.OnboardingMessageIds;

namespace CoachBot.Coaching.Onboarding;

/// <summary>
/// First contact, after the welcome: time zone (the channel's, confirmed, or typed), morning check-in
/// time, consent to keep a diary, then a line on what happens next. Nothing here is a dead end: an
/// answer that can't be used falls back to something sensible that <c>settings</c> can change.
/// </summary>
internal sealed class OnboardingDialog : StepDialog<OnboardingState>
{
    public const string UtcZone = "UTC";

    private readonly OnboardingReplies _replies;
    private readonly TimeZoneResolver _resolver;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public OnboardingDialog(OnboardingReplies replies, TimeZoneResolver resolver, TimeProvider timeProvider, ILogger logger)
        : base(DialogIds.Onboarding, OnboardingJson.Default.OnboardingState)
    {
        _replies = replies;
        _resolver = resolver;
        _timeProvider = timeProvider;
        _logger = logger;
        AddStep(AskTimeZone);
        AddStep(AskCityUnlessConfirmed);
        AddStep(AskCheckInTime);
        AddStep(AskDiaryConsent);
        AddStep(Finish);
    }

    private static Task<DialogTurnResult> AskTimeZone(StepContext<OnboardingState> step, CancellationToken ct)
    {
        step.State.ZoneId = null;
        step.State.ChannelZoneId = ChannelTimeZone.Find(step.Context.Activity) ?? step.State.ChannelZoneId;
        return step.State.ChannelZoneId is null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(OnboardingIds.ConfirmZonePrompt, ct);
    }

    private Task<DialogTurnResult> AskCityUnlessConfirmed(StepContext<OnboardingState> step, CancellationToken ct)
    {
        step.State.ZoneId = null;

        // No result here means there was nothing to confirm, or "back" returned to the city question.
        if (step.State.ChannelZoneId is { } channelZone && step.Result is { } confirmation && confirmation.ValueAs<bool>() is not false)
        {
            step.State.ZoneId = channelZone;
            step.State.ZoneSource = confirmation.IsAnswered ? ZoneSource.Confirmed : ZoneSource.KeptChannel;
            if (!confirmation.IsAnswered)
            {
                Say(step, _replies.Messages.Format(ZoneKept, ("zone_name", _replies.ZoneName(channelZone))));
            }

            return step.NextAsync(null, ct);
        }

        // "No, I'm in Paris" answers the next question too; asking it anyway would feel unheard.
        if (step.Result is { IsAnswered: true } && _resolver.TryResolve(step.Context.Activity.Text, out var named))
        {
            step.State.ZoneId = named;
            step.State.ZoneSource = ZoneSource.Typed;
            Say(step, _replies.Messages.Format(ZoneSet, ("zone_name", _replies.ZoneName(named))));
            return step.NextAsync(null, ct);
        }

        return step.PromptAsync(OnboardingIds.ZonePrompt, ct);
    }

    private Task<DialogTurnResult> AskCheckInTime(StepContext<OnboardingState> step, CancellationToken ct)
    {
        if (step.State.ZoneId is null)
        {
            if (step.Result?.ValueAs<ZoneAnswer>() is { } typed)
            {
                step.State.ZoneId = typed.ZoneId;
                step.State.ZoneSource = ZoneSource.Typed;
                Say(step, _replies.Messages.Format(ZoneSet, ("zone_name", _replies.ZoneName(typed.ZoneId))));
            }
            else
            {
                step.State.ZoneId = step.State.ChannelZoneId ?? UtcZone;
                step.State.ZoneSource = step.State.ChannelZoneId is null ? ZoneSource.Utc : ZoneSource.KeptChannel;
                Say(step, _replies.Messages.Format(ZoneKept, ("zone_name", _replies.ZoneName(step.State.ZoneId))));
            }
        }

        return step.PromptAsync(OnboardingIds.CheckInTimePrompt, ct);
    }

    private Task<DialogTurnResult> AskDiaryConsent(StepContext<OnboardingState> step, CancellationToken ct)
    {
        if (step.Result?.ValueAs<TimeOnly>() is { } time)
        {
            step.State.CheckInTime = time;
        }
        else if (step.Result is not null)
        {
            step.State.CheckInTime = CheckInTimePrompt.Usual;
            Say(step, _replies.Messages.Format(TimeDefaultUsed, ("time", OnboardingReplies.Time(step.Context, CheckInTimePrompt.Usual))));
        }

        return step.PromptAsync(OnboardingIds.DiaryConsentPrompt, ct);
    }

    private Task<DialogTurnResult> Finish(StepContext<OnboardingState> step, CancellationToken ct)
    {
        // Only a clear yes is consent; a skipped question keeps no diary.
        var consent = step.Result?.ValueAs<bool>() ?? false;
        var zone = step.State.ZoneId ?? UtcZone;
        var time = step.State.CheckInTime ?? CheckInTimePrompt.Usual;
        var profile = step.Context.TurnState.Get<UserData>().Profile;
        profile.TimeZoneId = zone;
        profile.CheckInTime = time;
        profile.DiaryConsent = consent;
        profile.OnboardedAt = _timeProvider.GetUtcNow();

        Say(step, consent
            ? _replies.Messages.Format(DoneWithDiary, ("time", OnboardingReplies.Time(step.Context, time)), ("zone_name", _replies.ZoneName(zone)))
            : _replies.Messages[DoneWithoutDiary]);
        OnboardingLog.Finished(_logger, step.State.ZoneSource, consent);
        return step.EndAsync(ct);
    }

    private static void Say(StepContext<OnboardingState> step, string text) => step.Context.SendActivity(step.Context.Activity.CreateReply(text));
}

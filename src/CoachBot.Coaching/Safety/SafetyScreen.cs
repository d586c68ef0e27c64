using CoachBot.Coaching.Bot;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Dialogs;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Safety;

/// <summary>
/// Safety first, in any state (COACHING.md §6): reads every inbound message, card fields included, before
/// commands and dialogs. A crisis gets a warm reply with the region's helplines, the dialog held (answers
/// kept) and morning prompts paused; a red flag gets a calm signpost; crisis words in the negative get a
/// short acknowledgement; unclear words get a gentle question. While a conversation is paused,
/// <see cref="SafetyFollowUp"/> reads the answers.
/// </summary>
internal sealed class SafetyScreen : IMessageScreen
{
    private readonly SafetyReplies _replies;
    private readonly SafetyFollowUp _followUp;
    private readonly Commands _commands;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SafetyScreen> _logger;

    public SafetyScreen(MessageCatalog messages, Commands commands, TimeProvider timeProvider, ILogger<SafetyScreen> logger)
    {
        _replies = new SafetyReplies(messages);
        _followUp = new SafetyFollowUp(_replies, messages, commands, logger);
        _commands = commands;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<bool> ScreenAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        if (!activity.IsMessage)
        {
            return false;
        }

        var conversation = dc.Context.TurnState.TryGet<ConversationData>(out var known) ? known : new ConversationData();
        var profile = dc.Context.TurnState.TryGet<UserData>(out var user) ? user.Profile : new UserProfile();
        var assessment = SafetyClassifier.Classify(InboundText.Of(activity));
        var pause = conversation.Safety;
        var answering = pause is { Stage: SafetyStage.Asked or SafetyStage.Checking };
        switch (assessment.Outcome)
        {
            case SafetyOutcome.Crisis:
            case SafetyOutcome.Unsure when answering:
                Crisis(dc, conversation, profile);
                return true;
            case SafetyOutcome.Unsure:
                Pause(dc, conversation, SafetyStage.Checking);
                _replies.Send(dc.Context, SafetyMessageIds.UnsureAsk);
                SafetyLog.Unsure(_logger);
                return true;
            case SafetyOutcome.RedFlag:
                return RedFlag(dc, conversation, profile, assessment);
            case SafetyOutcome.Negated when !answering:
                _replies.Send(dc.Context, SafetyMessageIds.Negated);
                SafetyLog.Negated(_logger);
                if (pause is null)
                {
                    await dc.RepromptAsync(cancellationToken);
                }

                return true;
            default:
                break;
        }

        if (pause is not null)
        {
            return await _followUp.HandleAsync(dc, conversation, profile, assessment.Outcome == SafetyOutcome.Negated, cancellationToken);
        }

        var command = _commands.Recognize(activity.Text);
        if (command == Command.CheckIn && profile.PromptsPausedForSafety)
        {
            profile.PromptsPausedForSafety = false;
            SafetyLog.Resumed(_logger);
        }
        else if (command == Command.Help && profile.SafetySignpostedAt is not null)
        {
            // "help" brings the helplines back once they've been given; the usual help follows.
            _replies.Signposts(dc.Context, SafetyRegions.For(activity, profile));
        }

        return false;
    }

    private void Crisis(DialogContext dc, ConversationData conversation, UserProfile profile)
    {
        var now = _timeProvider.GetUtcNow();
        var pause = Pause(dc, conversation, SafetyStage.Asked);
        var repeat = pause.CrisisSignposted;
        var region = SafetyRegions.For(dc.Context.Activity, profile);
        _replies.Send(dc.Context, repeat ? SafetyMessageIds.CrisisAgain : SafetyMessageIds.CrisisAsk);
        _replies.Signposts(dc.Context, region);
        pause.Stage = repeat ? SafetyStage.Holding : SafetyStage.Asked;
        pause.CrisisSignposted = true;
        profile.PromptsPausedForSafety = true;
        profile.SafetySignpostedAt = now;
        SafetyLog.Crisis(_logger, region, pause.HoldsDialog);
    }

    private bool RedFlag(DialogContext dc, ConversationData conversation, UserProfile profile, SafetyAssessment assessment)
    {
        var (kind, tier) = (assessment.RedFlag!.Value, assessment.Tier!.Value);
        var region = SafetyRegions.For(dc.Context.Activity, profile);
        _replies.RedFlag(dc.Context, kind, tier, region);
        SafetyLog.RedFlag(_logger, kind, tier, region);
        if (tier == RedFlagTier.Now && dc.IsActive && conversation.Safety is null)
        {
            Pause(dc, conversation, SafetyStage.Holding);
            _replies.Send(dc.Context, SafetyMessageIds.RedFlagPaused);
            return true;
        }

        // Less urgent flags leave the dialog running: the same message may also be an answer (a note).
        return tier == RedFlagTier.Now || conversation.Safety is not null || !dc.IsActive;
    }

    private SafetyPause Pause(DialogContext dc, ConversationData conversation, SafetyStage stage)
    {
        conversation.Safety ??= new SafetyPause { Since = _timeProvider.GetUtcNow(), HoldsDialog = dc.IsActive };
        conversation.Safety.Stage = stage;
        return conversation.Safety;
    }
}

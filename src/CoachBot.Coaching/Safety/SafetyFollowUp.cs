using CoachBot.Coaching.Bot;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Dialogs;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Safety;

/// <summary>
/// Reads the messages of a conversation paused by the safety check. "I'm fine" or "you misunderstood" is
/// accepted, with a reminder that "help" brings the helplines back and a question whether to carry on;
/// a yes gets the helplines again; "check in" carries on where the person left off. Nothing is pushed: a
/// held dialog waits until the person asks for it.
/// </summary>
internal sealed class SafetyFollowUp(SafetyReplies replies, MessageCatalog messages, Commands commands, ILogger logger)
{
    public async Task<bool> HandleAsync(DialogContext dc, ConversationData conversation, UserProfile profile, bool negated, CancellationToken cancellationToken)
    {
        var pause = conversation.Safety!;
        var text = dc.Context.Activity.Text;
        switch (commands.Recognize(text))
        {
            case Command.Help:
                replies.Signposts(dc.Context, SafetyRegions.For(dc.Context.Activity, profile));
                dc.Context.SendActivity(messages[MessageIds.Help]);
                return true;
            case Command.CheckIn:
                return await CarryOnAsync(dc, conversation, profile, announce: true, cancellationToken);
            case Command.None:
                break;
            default:
                // Cancel, skip, back, settings: the person has moved on; the usual handling takes it from here.
                End(conversation, "moved on");
                return false;
        }

        return pause.Stage switch
        {
            SafetyStage.Asked => AfterCrisisQuestion(dc, conversation, profile, negated),
            SafetyStage.Checking => await AfterGentleCheckAsync(dc, conversation, profile, negated, cancellationToken),
            SafetyStage.Offered => await AfterOfferAsync(dc, conversation, profile, cancellationToken),
            _ => Holding(dc, conversation),
        };
    }

    private bool AfterCrisisQuestion(DialogContext dc, ConversationData conversation, UserProfile profile, bool negated)
    {
        var pause = conversation.Safety!;
        var region = SafetyRegions.For(dc.Context.Activity, profile);
        var answer = negated ? FollowUpCue.Denial : FollowUpPhrases.ReadAnswer(dc.Context.Activity.Text);
        if (answer == FollowUpCue.Denial)
        {
            replies.Send(dc.Context, SafetyMessageIds.Accepted);
            if (pause.HoldsDialog || !profile.IsOnboarded)
            {
                replies.Send(dc.Context, dc.Contains(DialogIds.CheckIn) ? SafetyMessageIds.OfferCheckIn : SafetyMessageIds.OfferContinue);
                pause.Stage = SafetyStage.Offered;
                Log(pause, "accepted, offered to carry on");
            }
            else
            {
                replies.Send(dc.Context, SafetyMessageIds.NothingPaused);
                End(conversation, "accepted");
            }

            return true;
        }

        if (answer == FollowUpCue.Affirm)
        {
            replies.Send(dc.Context, SafetyMessageIds.CrisisAgain);
            replies.Signposts(dc.Context, region);
            pause.Stage = SafetyStage.Holding;
            Log(pause, "confirmed, signposted again");
            return true;
        }

        if (region == SafetyRegion.Generic && FollowUpPhrases.ReadCountry(dc.Context.Activity.Text) is { } country)
        {
            profile.SafetyRegion = SafetyRegions.Key(country == FollowUpCue.CountryUk ? SafetyRegion.UK : SafetyRegion.US);
            replies.Signposts(dc.Context, SafetyRegions.For(dc.Context.Activity, profile));
            Log(pause, "country given");
            return true;
        }

        replies.Send(dc.Context, SafetyMessageIds.StillHere);
        pause.Stage = SafetyStage.Holding;
        Log(pause, "no clear answer");
        return true;
    }

    private async Task<bool> AfterGentleCheckAsync(DialogContext dc, ConversationData conversation, UserProfile profile, bool negated, CancellationToken cancellationToken)
    {
        var pause = conversation.Safety!;
        var answer = negated ? FollowUpCue.Denial : FollowUpPhrases.ReadAnswer(dc.Context.Activity.Text);
        if (answer == FollowUpCue.Affirm)
        {
            replies.Send(dc.Context, SafetyMessageIds.CrisisAgain);
            replies.Signposts(dc.Context, SafetyRegions.For(dc.Context.Activity, profile));
            pause.Stage = SafetyStage.Holding;
            profile.PromptsPausedForSafety = true;
            Log(pause, "confirmed, signposted");
            return true;
        }

        if (answer == FollowUpCue.Denial)
        {
            replies.Send(dc.Context, SafetyMessageIds.UnsureNo);
            await CarryOnAsync(dc, conversation, profile, announce: false, cancellationToken);
            return true;
        }

        replies.Send(dc.Context, SafetyMessageIds.UnsureUnclear);
        replies.Signposts(dc.Context, SafetyRegions.For(dc.Context.Activity, profile));
        if (pause.HoldsDialog)
        {
            replies.Send(dc.Context, SafetyMessageIds.OnHold);
        }

        pause.Stage = SafetyStage.Holding;
        Log(pause, "unclear, signposted");
        return true;
    }

    private async Task<bool> AfterOfferAsync(DialogContext dc, ConversationData conversation, UserProfile profile, CancellationToken cancellationToken)
    {
        var pause = conversation.Safety!;
        switch (FollowUpPhrases.ReadOffer(dc.Context.Activity.Text))
        {
            case FollowUpCue.CarryOn:
                return await CarryOnAsync(dc, conversation, profile, announce: true, cancellationToken);
            case FollowUpCue.LeaveIt when pause.HoldsDialog:
                replies.Send(dc.Context, dc.Contains(DialogIds.CheckIn) ? SafetyMessageIds.Left : SafetyMessageIds.Later);
                pause.Stage = SafetyStage.Holding;
                Log(pause, "left for now");
                return true;
            case FollowUpCue.LeaveIt:
                replies.Send(dc.Context, SafetyMessageIds.Later);
                End(conversation, "left for now");
                return true;
            default:
                return Holding(dc, conversation);
        }
    }

    private bool Holding(DialogContext dc, ConversationData conversation)
    {
        if (conversation.Safety!.HoldsDialog && dc.IsActive)
        {
            replies.Send(dc.Context, SafetyMessageIds.OnHold);
            return true;
        }

        End(conversation, "nothing held");
        return false;
    }

    /// <summary>Ends the pause and asks the held question again; false when nothing was held, so the message is routed as usual.</summary>
    private async Task<bool> CarryOnAsync(DialogContext dc, ConversationData conversation, UserProfile profile, bool announce, CancellationToken cancellationToken)
    {
        var held = conversation.Safety!.HoldsDialog && dc.IsActive;
        End(conversation, "carried on");
        if (profile.PromptsPausedForSafety)
        {
            profile.PromptsPausedForSafety = false;
            SafetyLog.Resumed(logger);
        }

        if (!held)
        {
            return false;
        }

        if (announce)
        {
            replies.Send(dc.Context, SafetyMessageIds.Resumed);
        }

        await dc.RepromptAsync(cancellationToken);
        return true;
    }

    private void End(ConversationData conversation, string step)
    {
        Log(conversation.Safety!, step);
        conversation.Safety = null;
    }

    private void Log(SafetyPause pause, string step) => SafetyLog.FollowUp(logger, pause.Stage, step);
}

using CoachBot.Coaching.Bot;
using CoachBot.Coaching.CheckIn;
using CoachBot.Coaching.Content;
using CoachBot.Dialogs;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.NightHelp;

/// <summary>
/// A short, paced routine for a flare or a wakeful night (P-flare-calm, P-breathing): one small step per
/// message, each waiting for any reply, ending with the reminder that the night isn't ruined. At night
/// it starts at once; in the day it is offered, full or shorter. It writes nothing to the diary.
/// </summary>
internal sealed class NightHelpDialog : StepDialog<NightHelpState>
{
    private readonly MessageCatalog _messages;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public NightHelpDialog(MessageCatalog messages, TimeProvider timeProvider, ILogger logger)
        : base(DialogIds.NightHelp, NightHelpJson.Default.NightHelpState)
    {
        _messages = messages;
        _timeProvider = timeProvider;
        _logger = logger;
        AddStep(Start);
        AddStep(ReceiveChoice);
        AddStep(Breathe);
        AddStep(Relax);
        AddStep(Position);
        AddStep(Chair);
        AddStep(Close);
    }

    private Task<DialogTurnResult> Start(StepContext<NightHelpState> step, CancellationToken ct)
    {
        if (NightHours.IsNight(_timeProvider.GetUtcNow(), NightHours.ZoneOf(step.Context)))
        {
            NightHelpLog.StartedAtNight(_logger);
            Say(step, NightHelpIds.Intro);
            return step.GoToAsync(nameof(Breathe), ct);
        }

        NightHelpLog.Offered(_logger);
        return step.PromptAsync(NightHelpIds.OfferPrompt, ct);
    }

    private Task<DialogTurnResult> ReceiveChoice(StepContext<NightHelpState> step, CancellationToken ct)
    {
        var choice = step.Result?.ValueAs<int>() is { } index && index >= 0 && index < NightHelpIds.Choices.Count
            ? NightHelpIds.Choices[index]
            : "not_now";
        NightHelpLog.Chosen(_logger, choice);
        if (choice == "not_now")
        {
            Say(step, NightHelpIds.NotNow);
            return step.EndAsync(ct);
        }

        step.State.Short = choice == "short";
        Say(step, step.State.Short ? NightHelpIds.ShortIntro : NightHelpIds.Intro);
        return step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> Breathe(StepContext<NightHelpState> step, CancellationToken ct) =>
        step.PromptAsync(NightHelpIds.BreatheStep, ct);

    private static Task<DialogTurnResult> Relax(StepContext<NightHelpState> step, CancellationToken ct) =>
        step.State.Short ? step.NextAsync(null, ct) : step.PromptAsync(NightHelpIds.RelaxStep, ct);

    private static Task<DialogTurnResult> Position(StepContext<NightHelpState> step, CancellationToken ct) =>
        step.PromptAsync(NightHelpIds.PositionStep, ct);

    private static Task<DialogTurnResult> Chair(StepContext<NightHelpState> step, CancellationToken ct) =>
        step.State.Short ? step.NextAsync(null, ct) : step.PromptAsync(NightHelpIds.ChairStep, ct);

    private Task<DialogTurnResult> Close(StepContext<NightHelpState> step, CancellationToken ct)
    {
        NightHelpLog.Finished(_logger, step.State.Short);
        Say(step, NightHelpIds.Close);
        return step.EndAsync(ct);
    }

    private void Say(StepContext<NightHelpState> step, string id) => step.Context.SendActivity(PromptWords.Reply(step.Context, _messages[id]));
}

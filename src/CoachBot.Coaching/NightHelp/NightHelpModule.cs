using CoachBot.Coaching.Bot;
using CoachBot.Coaching.CheckIn;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Onboarding;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Recognizers;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.NightHelp;

/// <summary>Night-time help: the routine, its daytime offer and its paced steps, with words from <c>dialogs/nighthelp.yaml</c>.</summary>
internal sealed class NightHelpModule : IDialogModule
{
    private readonly MessageCatalog _messages;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<NightHelpModule> _logger;

    public NightHelpModule(MessageCatalog messages, TimeProvider timeProvider, ILogger<NightHelpModule> logger)
    {
        RequiredMessages.Check(messages, NightHelpIds.AllMessages, "nighthelp.yaml");
        _messages = messages;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public IEnumerable<Dialog> CreateDialogs()
    {
        var choices = NightHelpIds.Choices.Select(c => new Choice(c, _messages.Variants(NightHelpIds.Choice(c)))).ToArray();
        string[] buttons = [.. choices.Select(c => c.Synonyms[0])];
        return
        [
            new NightHelpDialog(_messages, _timeProvider, _logger),
            new ChoicePrompt(
                NightHelpIds.OfferPrompt,
                new PromptMessages<int>(turn => PromptWords.Reply(turn, _messages[NightHelpIds.OfferAsk], buttons), (turn, _) => PromptWords.Reply(turn, _messages[NightHelpIds.OfferRetry], buttons)),
                choices,
                maxAttempts: 1),
            Step(NightHelpIds.BreatheStep, NightHelpIds.Breathe),
            Step(NightHelpIds.RelaxStep, NightHelpIds.Relax),
            Step(NightHelpIds.PositionStep, NightHelpIds.Position),
            Step(NightHelpIds.ChairStep, NightHelpIds.Chair),
        ];
    }

    private PacedStep Step(string id, string messageId) => new(id, turn => Instruction(turn, messageId));

    private Activity Instruction(TurnContext turn, string messageId) =>
        PromptWords.Reply(turn, _messages[messageId], [_messages[NightHelpIds.ReadyButton]]);
}

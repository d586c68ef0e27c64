using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.Tone;

/// <summary>
/// Wraps the bot so every outgoing filter sees what a turn says before the host saves and delivers
/// it; this covers every dialog and command without each one remembering to check.
/// </summary>
internal sealed class OutgoingFilteringBot(IBot inner, IEnumerable<IOutgoingFilter> filters) : IBot
{
    private readonly IOutgoingFilter[] _filters = [.. filters];

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        await inner.OnTurnAsync(turnContext, cancellationToken);
        foreach (var filter in _filters)
        {
            filter.Filter(turnContext);
        }
    }
}

using CoachBot.Coaching.Advice;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Tone;

/// <summary>
/// Checks the text of every outgoing activity. In production a reply that breaks a rule is replaced
/// by the safe fallback of <c>dialogs/advice.yaml</c> and the rule is logged, never the text (it may
/// quote the person). Elsewhere the reply is left as it is, so a test sees and fails on it.
/// </summary>
internal sealed class ToneOutgoingFilter(IServiceProvider services, ILogger<ToneOutgoingFilter> logger) : IOutgoingFilter
{
    private readonly bool _replace = !ToneStartupCheck.StrictHere(services);

    public void Filter(TurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var activity in turnContext.OutgoingActivities)
        {
            var findings = ToneChecker.Check(activity.Text);
            if (findings.Count == 0)
            {
                continue;
            }

            if (_replace)
            {
                ToneLog.ReplyReplaced(logger, findings[0].Rule, findings.Count);
                activity.Text = services.GetRequiredService<AdviceLibrary>().ToneFallback;
            }
            else
            {
                ToneLog.ReplyFlagged(logger, findings[0].Rule, findings.Count);
            }
        }
    }
}

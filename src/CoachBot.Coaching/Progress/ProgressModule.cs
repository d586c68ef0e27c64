using CoachBot.Coaching.Bot;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Progress;

/// <summary>The progress features' dialogs: the summary (with charts and pattern) and the summary to share.</summary>
internal sealed class ProgressModule(ProgressReplies replies) : IDialogModule
{
    public IEnumerable<Dialog> CreateDialogs() =>
    [
        new ProgressDialog(ProgressIds.Summary, replies.SendSummaryAsync),
        new ProgressDialog(ProgressIds.ShareSummary, replies.SendShareAsync),
    ];
}

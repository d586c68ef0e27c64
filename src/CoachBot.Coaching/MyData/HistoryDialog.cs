using CoachBot.Coaching.Bot;
using CoachBot.Coaching.CheckIn;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Diary;
using CoachBot.Coaching.NightHelp;
using CoachBot.Coaching.Onboarding;
using CoachBot.Coaching.State;
using CoachBot.Dialogs;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.MyData;

/// <summary><c>history</c>: the last seven nights in one reply, a card where the channel shows cards, a plain table elsewhere.</summary>
internal sealed class HistoryDialog(MessageCatalog messages, TimeProvider timeProvider, ILogger logger) : Dialog(DialogIds.History)
{
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Context;
        var diary = turn.TurnState.TryGet<UserData>(out var user) ? user.Diary : [];
        var today = ZonedClock.LocalDateOf(timeProvider.GetUtcNow(), NightHours.ZoneOf(turn));
        var table = new HistoryTable(messages, PersonCulture.Of(turn));
        var rows = table.Rows(diary, today);
        var nights = rows.Count(r => r.HasEntry);
        var asCard = CheckInCard.ChannelShowsCards(turn.Activity.ChannelId);
        MyDataLog.HistoryShown(logger, nights, asCard && nights > 0);
        if (nights == 0)
        {
            turn.SendActivity(PromptWords.Reply(turn, messages[MyDataIds.HistoryEmpty]));
        }
        else if (asCard)
        {
            turn.SendActivity(PromptWords.Reply(turn, table.Intro(rows)));
            turn.SendActivity(HistoryCard.Create(turn, messages, rows));
        }
        else
        {
            turn.SendActivity(PromptWords.Reply(turn, table.Text(rows)));
        }

        return dc.EndDialogAsync(DialogResult.Answered(null), cancellationToken);
    }
}

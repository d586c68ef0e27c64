using CoachBot.Coaching.Bot;
using CoachBot.Coaching.CheckIn;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.MyData;

/// <summary>
/// <c>export</c>: the whole diary as CSV and JSON, attached as <c>data:</c> files where the channel takes
/// them and the export is small, otherwise behind single-use download links that expire within minutes.
/// </summary>
internal sealed class ExportDialog(MessageCatalog messages, MyDataOptions options, TimeProvider timeProvider, ILogger logger, IExportLinks? links)
    : Dialog(DialogIds.Export)
{
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Context;
        var diary = turn.TurnState.TryGet<UserData>(out var user) ? user.Diary : [];
        if (diary.Count == 0)
        {
            turn.SendActivity(PromptWords.Reply(turn, messages[MyDataIds.ExportEmpty]));
            return await dc.EndDialogAsync(DialogResult.Answered(null), cancellationToken);
        }

        var now = timeProvider.GetUtcNow();
        var files = DiaryExport.Files(diary, now, messages[MyDataIds.ExportFileName]);
        var count = diary.Count.ToString(PromptWords.CultureOf(turn));
        if (options.AllowsAttachments(turn.Activity.ChannelId) && files.Sum(f => f.Content.Length) <= options.MaxAttachmentBytes)
        {
            var reply = PromptWords.Reply(turn, messages.Format(MyDataIds.ExportAttached, ("count", count)));
            reply.Attachments = [.. files.Select(Attach)];
            turn.SendActivity(reply);
            MyDataLog.ExportAttached(logger, diary.Count);
        }
        else if (links is not null && await links.CreateAsync(turn.Activity, files, cancellationToken) is { Urls.Count: 2 } created)
        {
            var minutes = Math.Max(1, (int)Math.Round((created.ExpiresAt - now).TotalMinutes, MidpointRounding.AwayFromZero));
            turn.SendActivity(PromptWords.Reply(turn, messages.Format(
                MyDataIds.ExportLinks,
                ("count", count),
                ("minutes", minutes.ToString(PromptWords.CultureOf(turn))),
                ("csv", created.Urls[0].AbsoluteUri),
                ("json", created.Urls[1].AbsoluteUri))));
            MyDataLog.ExportLinked(logger, diary.Count);
        }
        else
        {
            MyDataLog.ExportUnavailable(logger);
            turn.SendActivity(PromptWords.Reply(turn, messages[MyDataIds.ExportUnavailable]));
        }

        return await dc.EndDialogAsync(DialogResult.Answered(null), cancellationToken);
    }

    private static Attachment Attach(ExportFile file) => new()
    {
        ContentType = file.ContentType,
        Name = file.FileName,
        ContentUrl = $"data:{file.ContentType};base64,{Convert.ToBase64String(file.Content.Span)}",
    };
}

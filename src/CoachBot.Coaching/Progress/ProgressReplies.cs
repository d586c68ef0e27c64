using System.Globalization;
using System.Text;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Onboarding;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Progress;

/// <summary>
/// What the progress commands send: the weekly summary, the two charts as images (alt text from
/// <c>dialogs/progress.yaml</c>) and the person's pattern; or the page to share.
/// </summary>
internal sealed class ProgressReplies(MessageCatalog messages, IProgressCharts charts, IShareLinks links, TimeProvider timeProvider, ILogger<ProgressReplies> logger)
{
    /// <summary>
    /// Channels whose clients open a page or image carried in the message itself (a data: URI): Web Chat on
    /// our local channel or on Direct Line, the Emulator and the test channel. Elsewhere (Teams) the page goes
    /// out as a short-lived link when the host can serve one.
    /// </summary>
    private static readonly HashSet<string> DataUriChannels = new(StringComparer.OrdinalIgnoreCase) { "webchat", "directline", "emulator", "test" };

    public async Task SendSummaryAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (user, words, last) = Read(turn);
        turn.SendActivity(Text(turn, WeeklySummary.Compose(user.Diary, last, messages, words.Culture)));
        if (!user.Diary.Any(e => e.DiaryDate > last.AddDays(-SleepPainPattern.Window) && e.DiaryDate <= last))
        {
            ProgressLog.SummarySent(logger, chartsDrawn: false);
            return;
        }

        var images = await RenderAsync(user, last, words, cancellationToken);
        var sleepAlt = ProgressCharts.SleepAlt(user.Diary, last, words);
        var painAlt = ProgressCharts.PainAlt(user.Diary, last, words);
        if (images is null)
        {
            turn.SendActivity(Text(turn, sleepAlt + "\n" + painAlt));
        }
        else
        {
            // One image per message: Teams caps a message's size, and each chart reads on its own.
            turn.SendActivity(Image(turn, images.SleepPng, sleepAlt));
            turn.SendActivity(Image(turn, images.PainPng, painAlt));
        }

        turn.SendActivity(Text(turn, PatternWords.Describe(SleepPainPattern.ForQuality(user.Diary, last), words)));
        ProgressLog.SummarySent(logger, images is not null);
    }

    public async Task SendShareAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (user, words, last) = Read(turn);
        var images = await RenderAsync(user, last, words, cancellationToken);
        var html = SharePage.Render(user.Diary, last, images, words);
        var channel = turn.Activity.ChannelId ?? string.Empty;
        if (!DataUriChannels.Contains(channel) && OwnerKey(turn) is { } owner
            && await links.PublishAsync(owner, html, cancellationToken) is { } url)
        {
            turn.SendActivity(Text(turn, messages.Format(
                ProgressMessageIds.ShareLink,
                ("url", url.AbsoluteUri),
                ("minutes", ((int)links.Lifetime.TotalMinutes).ToString(words.Culture)))));
            ProgressLog.ShareMade(logger, "link");
            return;
        }

        var reply = Text(turn, messages[ProgressMessageIds.ShareIntro]);
        reply.Attachments =
        [
            new Attachment
            {
                ContentType = "text/html",
                ContentUrl = "data:text/html;charset=utf-8;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(html)),
                Name = messages[ProgressMessageIds.ShareFileName],
            },
        ];
        turn.SendActivity(reply);
        ProgressLog.ShareMade(logger, "attachment");
    }

    private (UserData User, ProgressWords Words, DateOnly LastDate) Read(TurnContext turn)
    {
        var user = turn.TurnState.Get<UserData>();
        var words = new ProgressWords(messages, PersonCulture.Of(turn));
        return (user, words, WeeklySummary.LastDateFor(user.Diary, Today(user.Profile.TimeZoneId)));
    }

    private DateOnly Today(string? timeZoneId)
    {
        var now = timeProvider.GetUtcNow();
        if (timeZoneId is { Length: > 0 })
        {
            try
            {
                return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)).DateTime);
            }
            catch (TimeZoneNotFoundException)
            {
                ProgressLog.UnknownZone(logger, timeZoneId);
            }
        }

        return DateOnly.FromDateTime(now.UtcDateTime);
    }

    private async Task<ProgressChartImages?> RenderAsync(UserData user, DateOnly last, ProgressWords words, CancellationToken cancellationToken)
    {
        try
        {
            return await charts.RenderAsync(ProgressCharts.Data(user.Diary, last, words), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A drawing failure (fonts, native library) must not cost the person their summary: the words carry the numbers.
            ProgressLog.ChartsFailed(logger, exception.GetType().Name);
            return null;
        }
    }

    private static string? OwnerKey(TurnContext turn) =>
        turn.Activity.ChannelId is { Length: > 0 } channel && turn.Activity.From?.Id is { Length: > 0 } user
            ? string.Create(CultureInfo.InvariantCulture, $"users/{channel}/{user}")
            : null;

    private static Activity Text(TurnContext turn, string text) => turn.Activity.CreateReply(text);

    private static Activity Image(TurnContext turn, ReadOnlyMemory<byte> png, string alt)
    {
        var reply = turn.Activity.CreateReply();
        reply.Attachments =
        [
            new Attachment { ContentType = "image/png", ContentUrl = "data:image/png;base64," + Convert.ToBase64String(png.Span), Name = alt },
        ];
        return reply;
    }
}

using System.Text;
using CoachBot.Coaching.State;
using CoachBot.Coaching.Tests.Onboarding;
using CoachBot.Coaching.Tone;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Coaching.Tests.Progress;

/// <summary>The progress commands through the bot composed as in production (<c>AddCoaching</c>), without a chart renderer.</summary>
public sealed class ProgressConversationTests : IAsyncDisposable
{
    // Monday 9 November 2026, 07:30 in London, before the morning check-in: the summary covers 2–8 November.
    private static readonly DateTimeOffset Morning = new(2026, 11, 9, 7, 30, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    public ProgressConversationTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Directory"] = Words.Directory })
            .Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Morning));
        services.AddCoaching();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Theory]
    [InlineData("summary")]
    [InlineData("Progress")]
    [InlineData("charts")]
    public async Task Summary_sends_the_week_the_charts_in_words_and_the_pattern(string command)
    {
        var diary = SyntheticDiary.Entries(SyntheticDiary.Generate());

        var replies = await TurnAsync(command, diary);

        var texts = replies.Select(r => r.Text ?? string.Empty).ToList();
        var words = new CoachBot.Coaching.Progress.ProgressWords(Words.Messages, ByHand.EnGb);
        Assert.Equal(CoachBot.Coaching.Progress.WeeklySummary.Compose(diary, SyntheticDiary.LastDate, Words.Messages, ByHand.EnGb), texts[0]);
        Assert.StartsWith(Words.Say("progress.summary.heading", ("first", "2 November"), ("last", "8 November"), ("nights", diary.Count(e => e.DiaryDate >= new DateOnly(2026, 11, 2)).ToString(ByHand.EnGb))), texts[0], StringComparison.Ordinal);
        Assert.Equal(
            CoachBot.Coaching.Progress.ProgressCharts.SleepAlt(diary, SyntheticDiary.LastDate, words) + "\n" + CoachBot.Coaching.Progress.ProgressCharts.PainAlt(diary, SyntheticDiary.LastDate, words),
            texts[1]);
        Assert.StartsWith("Your pattern: after nights you rated better", texts[2], StringComparison.Ordinal);
        Assert.Equal(3, replies.Count);
        Assert.All(texts, t => Assert.Empty(ToneChecker.Check(t)));
    }

    [Fact]
    public async Task A_person_with_nine_mornings_hears_when_a_pattern_can_be_looked_for()
    {
        var diary = SyntheticDiary.Entries(SyntheticDiary.Generate()).Where(e => e.Quality is not null && e.PainNow is not null).TakeLast(9).ToList();

        var replies = await TurnAsync("summary", diary);

        Assert.Equal(Words.Say("progress.pattern.too_few", ("n", "9")), replies[^1].Text);
        Assert.DoesNotContain(replies, r => r.Text?.Contains("median", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Share_summary_sends_a_printable_page_as_an_html_attachment()
    {
        var diary = SyntheticDiary.Entries(SyntheticDiary.Generate());

        var replies = await TurnAsync("share summary", diary);

        var reply = Assert.Single(replies);
        Assert.Equal(Words.Say("progress.share.intro"), reply.Text);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal("text/html", attachment.ContentType);
        Assert.Equal(Words.Say("progress.share.file_name"), attachment.Name);
        const string Prefix = "data:text/html;charset=utf-8;base64,";
        Assert.StartsWith(Prefix, attachment.ContentUrl, StringComparison.Ordinal);
        var html = Encoding.UTF8.GetString(Convert.FromBase64String(attachment.ContentUrl![Prefix.Length..]));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Words.Say("progress.share.page.title")), html, StringComparison.Ordinal);
        Assert.Contains("rho", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_before_onboarding_is_not_a_progress_command()
    {
        var replies = await TurnAsync("summary", [], onboarded: false);

        Assert.DoesNotContain(replies, r => r.Text?.StartsWith("Your week", StringComparison.Ordinal) == true);
    }

    private async Task<IReadOnlyList<Activity>> TurnAsync(string text, List<CoachBot.Coaching.Diary.DiaryEntry> diary, bool onboarded = true)
    {
        var user = new UserData
        {
            Profile = new UserProfile
            {
                TimeZoneId = "Europe/London",
                CheckInTime = new TimeOnly(8, 0),
                DiaryConsent = true,
                OnboardedAt = onboarded ? Morning.AddDays(-70) : null,
                Locale = "en-GB",
            },
            Diary = diary,
        };
        var turn = new TurnContext(new Activity
        {
            Type = ActivityTypes.Message,
            Id = "m1",
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = "conversation-1" },
            From = new ChannelAccount { Id = "user-1" },
            Recipient = new ChannelAccount { Id = "coachbot" },
            Locale = "en-GB",
            Text = text,
        });
        turn.TurnState.Set(new ConversationData { Greeted = true });
        turn.TurnState.Set(user);

        await _services.GetRequiredService<IBot>().OnTurnAsync(turn, TestContext.Current.CancellationToken);
        return turn.OutgoingActivities;
    }
}

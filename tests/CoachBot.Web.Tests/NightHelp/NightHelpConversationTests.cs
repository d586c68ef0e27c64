using CoachBot.Coaching.Content;
using CoachBot.Storage;
using CoachBot.Web.Tests.MyData;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.NightHelp;

/// <summary>Night-time help through the real pipeline and file store: paced at night, offered by day, nothing recorded.</summary>
public sealed class NightHelpConversationTests : IDisposable
{
    // London keeps UTC in late November.
    private static readonly DateTimeOffset TwoAm = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TwoPm = new(2026, 11, 25, 14, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(TwoAm);
    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public NightHelpConversationTests()
    {
        _factory = new CoachBotFactory().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        _client = _factory.CreateClient();
    }

    private static MessageCatalog W => Words.Messages;

    private IStore Store => _factory.Services.GetRequiredService<IStore>();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task At_two_in_the_morning_in_London_the_routine_runs_to_the_not_ruined_reminder_and_records_nothing()
    {
        var chat = new Chat(_client, "conv-night", "user-night");
        await DiarySeed.SeedAsync(Store, "test", chat.UserId, DiarySeed.TenNights());
        await chat.SayAsync("hello");
        var diaryBefore = (await Chat.ReadUserAsync(Store, "test", chat.UserId))!.Diary;

        Assert.Equal([W["nighthelp.intro"], W["nighthelp.steps.breathe"]], await chat.SayAsync("I can't sleep"));
        Assert.Equal([W["nighthelp.steps.relax"]], await chat.SayAsync("ok"));
        Assert.Equal([W["nighthelp.steps.position"]], await chat.SayAsync("done"));
        Assert.Equal([W["nighthelp.steps.chair"]], await chat.SayAsync("ok"));
        Assert.Equal([W["nighthelp.close"]], await chat.SayAsync("next"));

        var diaryAfter = (await Chat.ReadUserAsync(Store, "test", chat.UserId))!.Diary;
        Assert.Equal(diaryBefore, diaryAfter);
    }

    [Fact]
    public async Task At_two_in_the_afternoon_the_same_words_offer_the_routine()
    {
        _clock.SetUtcNow(TwoPm);
        var chat = new Chat(_client, "conv-day", "user-day");
        await Chat.SeedOnboardedUserAsync(Store, "test", chat.UserId);
        await chat.SayAsync("hello");

        Assert.Equal([W["nighthelp.offer.ask"]], await chat.SayAsync("can't sleep"));
        Assert.Equal([W["nighthelp.short_intro"], W["nighthelp.steps.breathe"]], await chat.SayAsync("short"));
        Assert.Empty((await Chat.ReadUserAsync(Store, "test", chat.UserId))!.Diary);
    }
}

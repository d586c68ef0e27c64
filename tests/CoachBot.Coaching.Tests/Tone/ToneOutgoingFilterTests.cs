using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Tests.Advice;
using CoachBot.Coaching.Tone;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Tests.Tone;

/// <summary>Every outgoing reply passes the tone check; in production a failing one is replaced and logged without its text.</summary>
public sealed class ToneOutgoingFilterTests : IDisposable
{
    private const string Scolding = "You should sleep more, it was a bad night.";

    private readonly RecordingLogs _logs = new();

    public void Dispose() => _logs.Dispose();

    private ServiceProvider Compose(string environment, Func<TurnContext, string>? say = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Directory"] = DiaryNights.ContentDirectory })
            .Build());
        services.AddLogging(b => b.AddProvider(_logs));
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(environment));
        services.AddOptions<CoachBot.Coaching.Content.ContentOptions>().BindConfiguration("Content");
        services.AddAdvice();
        services.AddSingleton<IBot>(new SayingBot(say ?? (_ => Scolding)));
        services.AddToneCheck();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private static TurnContext Turn() => new(new Activity
    {
        Type = ActivityTypes.Message,
        Id = "m1",
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = "c1" },
        From = new ChannelAccount { Id = "u1" },
        Recipient = new ChannelAccount { Id = "bot" },
        Text = "I slept badly",
    });

    private static async Task<IReadOnlyList<string?>> RunAsync(ServiceProvider services)
    {
        var turn = Turn();
        await services.GetRequiredService<IBot>().OnTurnAsync(turn, TestContext.Current.CancellationToken);
        return [.. turn.OutgoingActivities.Select(a => a.Text)];
    }

    [Fact]
    public async Task In_production_a_reply_that_breaks_a_rule_is_replaced_by_the_safe_fallback()
    {
        await using var services = Compose(Environments.Production);

        var replies = await RunAsync(services);

        Assert.Equal([DiaryNights.Library.ToneFallback], replies);
        Assert.True(ToneChecker.Passes(DiaryNights.Library.ToneFallback));
    }

    [Fact]
    public async Task The_replacement_is_logged_with_the_rule_and_never_the_text()
    {
        await using var services = Compose(Environments.Production);

        await RunAsync(services);

        var entry = Assert.Single(_logs.Entries, e => e.EventId == 4322);
        Assert.Contains("you-should", entry.Message, StringComparison.Ordinal);
        Assert.All(_logs.Entries, e => Assert.DoesNotContain("sleep more", e.Message, StringComparison.Ordinal));
        Assert.All(_logs.Entries, e => Assert.DoesNotContain("slept badly", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_development_the_reply_is_left_as_is_so_tests_see_it_and_the_rule_is_logged()
    {
        await using var services = Compose(Environments.Development);

        Assert.Equal([Scolding], await RunAsync(services));
        Assert.Single(_logs.Entries, e => e.EventId == 4323);
    }

    [Fact]
    public async Task A_reply_that_passes_is_untouched_and_nothing_is_logged()
    {
        const string calm = "Sounds rough: about 5 hours and a lot of pain.";
        await using var services = Compose(Environments.Production, _ => calm);

        Assert.Equal([calm], await RunAsync(services));
        Assert.DoesNotContain(_logs.Entries, e => e.EventId is 4322 or 4323);
    }

    [Fact]
    public void The_tone_check_needs_a_bot_to_wrap()
    {
        var services = new ServiceCollection();

        Assert.Throws<InvalidOperationException>(() => services.AddToneCheck());
    }

    private sealed class SayingBot(Func<TurnContext, string> say) : IBot
    {
        public Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
        {
            turnContext.SendActivity(say(turnContext));
            return Task.CompletedTask;
        }
    }
}

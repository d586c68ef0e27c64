using System.Text.Json;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Scheduling;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using CoachBot.Storage;
using CoachBot.Web.Scheduling;
using CoachBot.Web.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>
/// One scheduler instance composed with the production registrations (<c>AddPromptScheduling</c>) over a given
/// store, clock and Connector client, without the web host: many simulated days run in a second or two.
/// </summary>
internal sealed class SchedulerRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SchedulerRig(ServiceProvider services, FakeTimeProvider clock)
    {
        _services = services;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public PromptTick Tick => _services.GetRequiredService<PromptTick>();

    public ScheduleIndex Index => _services.GetRequiredService<ScheduleIndex>();

    public UserStateDocuments Users => _services.GetRequiredService<UserStateDocuments>();

    public PromptScheduler Scheduler => _services.GetServices<IHostedService>().OfType<PromptScheduler>().Single();

    public static SchedulerRig Create(IStore store, FakeTimeProvider clock, IConnectorClient connector, params (string Key, string Value)[] settings) =>
        Create(store, clock, clock, connector, settings);

    /// <summary>A rig whose services read <paramref name="timeProvider"/> (e.g. a wrapper of <paramref name="clock"/> that reports waits).</summary>
    public static SchedulerRig Create(IStore store, FakeTimeProvider clock, TimeProvider timeProvider, IConnectorClient connector, params (string Key, string Value)[] settings)
    {
        var configuration = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            // A frozen test clock never lets a paced send through; pacing has its own test.
            ["Prompts:SendsPerSecond"] = "0",
            ["Prompts:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build())
            .AddSingleton(timeProvider)
            .AddSingleton(store)
            .AddSingleton(connector)
            .AddSingleton(MessageCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "dialogs")));
        services.AddPromptScheduling();
        return new SchedulerRig(services.BuildServiceProvider(), clock);
    }

    /// <summary>One tick at the current fake time.</summary>
    public Task<TickResult> TickAsync() => Tick.RunAsync(Clock.GetUtcNow(), TestContext.Current.CancellationToken);

    /// <summary>Moves the clock a minute at a time up to <paramref name="until"/>, ticking at every minute as the service does.</summary>
    public async Task RunMinutesAsync(DateTimeOffset until)
    {
        while (Clock.GetUtcNow() < until)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            await TickAsync();
        }
    }

    /// <summary>Stores a person as a turn leaves them and files them on the index as the turn observer does.</summary>
    public static async Task SeedAsync(IStore store, string userKey, UserData user, DateTimeOffset now)
    {
        var data = JsonSerializer.SerializeToUtf8Bytes(user, CoachingJson.Default.UserData);
        await store.WriteAsync(userKey, StateDocument.Write([], data), WriteCondition.Any, TestContext.Current.CancellationToken);
        if (PromptSchedule.NextDue(user, now) is { } due)
        {
            await new ScheduleIndex(store).AddAsync(due.Instant, [userKey], [], TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Stores a person without filing them on the index (the caller writes the bucket at once).</summary>
    public static async Task SeedUserOnlyAsync(IStore store, string userKey, UserData user)
    {
        var data = JsonSerializer.SerializeToUtf8Bytes(user, CoachingJson.Default.UserData);
        await store.WriteAsync(userKey, StateDocument.Write([], data), WriteCondition.Any, TestContext.Current.CancellationToken);
    }

    /// <summary>Someone set up for prompts, as onboarding leaves them, with a conversation to send to.</summary>
    public static UserData Person(string name, string zone, TimeOnly checkInTime) => new()
    {
        FirstSeen = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero),
        Profile = new UserProfile
        {
            TimeZoneId = zone,
            CheckInTime = checkInTime,
            DiaryConsent = true,
            OnboardedAt = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero),
        },
        ConversationReference = new ConversationReference
        {
            ChannelId = "test",
            ServiceUrl = "http://127.0.0.1:1/",
            Conversation = new ConversationAccount { Id = "conv-" + name },
            User = new ChannelAccount { Id = name },
            Bot = new ChannelAccount { Id = "coachbot" },
        },
    };

    public static string KeyOf(string name) => "users/test/" + name;

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}

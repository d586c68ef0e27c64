using System.Text.Json;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Coaching.Tests.Onboarding;

/// <summary>
/// One person talking to the bot composed as in production (<c>AddCoaching</c>, the real dialogs/ files),
/// with conversation and user state carried between turns as JSON, the way the host stores them.
/// </summary>
internal sealed class CoachConversation : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 45, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly IBot _bot;
    private string _conversationJson = "{}";
    private string _userJson = "{}";
    private int _turns;

    public CoachConversation(string locale = "en-GB")
    {
        Locale = locale;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Directory"] = Words.Directory })
            .Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCoaching();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _bot = _services.GetRequiredService<IBot>();
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public string Locale { get; }

    /// <summary>What the channel reports as the person's zone (Web Chat's <c>localTimezone</c>), on every message.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Entities sent with every message (Teams' <c>clientInfo</c>).</summary>
    public IList<JsonElement>? Entities { get; set; }

    public UserProfile Profile => JsonSerializer.Deserialize(_userJson, CoachingJson.Default.UserData)!.Profile;

    /// <summary>The last turn's replies, with their buttons.</summary>
    public IReadOnlyList<Activity> LastReplies { get; private set; } = [];

    /// <summary>Sends a message and returns the texts of the replies, in order.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(string text)
    {
        var conversation = JsonSerializer.Deserialize(_conversationJson, CoachingJson.Default.ConversationData)!;
        var user = JsonSerializer.Deserialize(_userJson, CoachingJson.Default.UserData)!;
        var turn = new TurnContext(new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"m{++_turns}",
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = "conversation-1" },
            From = new ChannelAccount { Id = "user-1" },
            Recipient = new ChannelAccount { Id = "coachbot" },
            Locale = Locale,
            LocalTimezone = LocalTimezone,
            Entities = Entities,
            Text = text,
        });
        turn.TurnState.Set(conversation);
        turn.TurnState.Set(user);

        await _bot.OnTurnAsync(turn, TestContext.Current.CancellationToken);

        _conversationJson = JsonSerializer.Serialize(conversation, CoachingJson.Default.ConversationData);
        _userJson = JsonSerializer.Serialize(user, CoachingJson.Default.UserData);
        LastReplies = turn.OutgoingActivities;
        return [.. turn.OutgoingActivities.Select(a => a.Text ?? string.Empty)];
    }

    /// <summary>The titles of the buttons under the last reply.</summary>
    public IReadOnlyList<string> Buttons => [.. LastReplies[^1].SuggestedActions?.Actions?.Select(a => a.Title ?? string.Empty) ?? []];

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

using System.Collections.Concurrent;
using System.Net;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>
/// A Connector client that records what the bot sends, when (on the test's clock) and to which conversation,
/// and can refuse sends with a status, as a channel would.
/// </summary>
internal sealed class RecordingConnector(TimeProvider clock) : IConnectorClient
{
    private readonly ConcurrentDictionary<string, int> _perConversation = new(StringComparer.Ordinal);
    private readonly Lock _waiters = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiting = [];
    private int _ids;

    public ConcurrentQueue<SentActivity> Sent { get; } = new();

    public ConcurrentQueue<ConversationParameters> Created { get; } = new();

    /// <summary>Decides per send whether the channel refuses it (a status and error code) or takes it (null).</summary>
    public Func<Activity, (HttpStatusCode Status, string? Code)?>? Refuse { get; set; }

    public IReadOnlyDictionary<string, int> PerConversation => _perConversation;

    public IEnumerable<SentActivity> To(string conversationId) => Sent.Where(s => s.ConversationId == conversationId);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(activity, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (Refuse?.Invoke(activity) is { } refusal)
        {
            throw new ConnectorException(refusal.Status, refusal.Code, "test-correlation");
        }

        var conversationId = activity.Conversation?.Id ?? string.Empty;
        _perConversation.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        Sent.Enqueue(new SentActivity(clock.GetUtcNow(), conversationId, activity));
        Signal();
        return Task.FromResult(new ResourceResponse("sent-" + Interlocked.Increment(ref _ids)));
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        Created.Enqueue(parameters);
        var member = parameters.Members?.FirstOrDefault()?.Id ?? "nobody";
        return Task.FromResult(new ConversationResourceResponse("a:personal-" + member, null, serviceUrl));
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id));

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Completes once at least <paramref name="count"/> activities were sent; fails the test after ten seconds.</summary>
    public Task WaitForAsync(int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiting.Add((count, done));
        }

        Signal();
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    private void Signal()
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiting.Where(w => Sent.Count >= w.Count).ToList())
            {
                waiter.Done.TrySetResult();
                _waiting.Remove(waiter);
            }
        }
    }
}

/// <summary>One activity the bot sent, with the test clock's time at sending.</summary>
internal sealed record SentActivity(DateTimeOffset At, string ConversationId, Activity Activity);

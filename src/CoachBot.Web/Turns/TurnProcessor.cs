using System.Text.Json;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using CoachBot.Storage;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.Turns;

/// <summary>
/// Runs one inbound activity as a turn: one at a time per conversation, state read once and written
/// once (conditional on its ETag), re-run from fresh state on a conflict, and replies delivered only
/// after the state they belong to is saved.
/// </summary>
internal sealed class TurnProcessor(
    IStore store,
    IBot bot,
    ITurnErrorHandler errorHandler,
    ActivityDelivery delivery,
    IEnumerable<IStateScope> scopes,
    ConversationLocks locks,
    IOptions<TurnOptions> options,
    ILogger<TurnProcessor> logger,
    IEnumerable<ITurnCommittedObserver> observers)
{
    private readonly IStateScope[] _scopes = [.. scopes];
    private readonly ITurnCommittedObserver[] _observers = [.. observers];
    private long _turns;

    /// <summary>Turns run since start (duplicates and failures included), for per-turn storage figures.</summary>
    public long TurnsProcessed => Interlocked.Read(ref _turns);

    public async Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turns);
        var lockKey = StateKeys.Conversation(activity) ?? string.Empty;
        using var lease = await locks.AcquireAsync(lockKey, cancellationToken);

        var (turnContext, committed) = await RunWithStateAsync(activity, cancellationToken);
        if (turnContext is null)
        {
            WebLog.DuplicateActivity(logger, activity.Type);
            return new TurnResult(StatusCodes.Status200OK, activity.ExpectsReplies ? new ExpectedReplies([]) : null);
        }

        if (committed)
        {
            await NotifyCommittedAsync(turnContext, cancellationToken);
        }

        if (activity.ExpectsReplies)
        {
            return new TurnResult(StatusCodes.Status200OK, new ExpectedReplies(turnContext.OutgoingActivities), turnContext.InvokeResponse);
        }

        try
        {
            await delivery.DeliverAsync(turnContext, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The turn is saved; failing the request would only make the channel redeliver an activity we would skip.
            WebLog.DeliveryFailed(logger, ex.GetType().Name);
        }

        var invoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal)
            ? turnContext.InvokeResponse ?? new InvokeResponse(StatusCodes.Status501NotImplemented, null)
            : null;
        return new TurnResult(StatusCodes.Status200OK, Invoke: invoke);
    }

    /// <summary>
    /// Tells the observers (schedule index, data erasure) about a saved turn, still under the conversation's
    /// lock. Outside the re-run loop on purpose: the turn is saved, so nothing here may run it again.
    /// </summary>
    private async Task NotifyCommittedAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnCommittedAsync(turnContext, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                WebLog.ObserverFailed(logger, observer.GetType().Name, ex.GetType().Name);
            }
        }
    }

    /// <summary>
    /// Runs the bot on fresh state until a save succeeds. Null when the activity was already applied;
    /// not committed when storage failed and the context holds only the apology.
    /// </summary>
    private async Task<(TurnContext? TurnContext, bool Committed)> RunWithStateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxAttempts;
        for (var attempt = 1; ; attempt++)
        {
            var turnContext = new TurnContext(activity);
            try
            {
                var loaded = await LoadAsync(turnContext, cancellationToken);
                var conversation = Array.Find(loaded, l => l.Scope.IsConversationScope);
                if (conversation?.Document.HasSeen(activity.Id) == true)
                {
                    return (null, false);
                }

                var failed = await RunBotAsync(turnContext, cancellationToken);
                conversation?.Document.MarkSeen(activity.Id);
                await SaveAsync(turnContext, loaded, failed, cancellationToken);
                return (turnContext, true);
            }
            catch (StoreConflictException) when (attempt < maxAttempts)
            {
                // Someone else (another conversation of this person, another instance) wrote first: back off a
                // little, with jitter, so that several writers of one user document don't collide again at once.
                // Real time on purpose: a test's frozen clock must not stall a retry.
                WebLog.StateConflict(logger, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 10) * attempt), cancellationToken);
            }
            catch (Exception ex) when (ex is StoreUnavailableException or StoreConflictException)
            {
                WebLog.StateUnavailable(logger, ex.GetType().Name);
                var apology = new TurnContext(activity);
                errorHandler.OnTurnError(apology, TurnFailure.StorageUnavailable);
                return (apology, false);
            }
        }
    }

    private async Task<bool> RunBotAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await bot.OnTurnAsync(turnContext, cancellationToken);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WebLog.BotFailed(logger, ex.GetType().Name, ex.TargetSite?.DeclaringType?.Name);
            turnContext.DiscardOutgoing();
            errorHandler.OnTurnError(turnContext, TurnFailure.BotError);
            return true;
        }
    }

    private async Task<LoadedScope[]> LoadAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var reads = new Task<StoreItem?>[_scopes.Length];
        var keys = new string?[_scopes.Length];
        for (var i = 0; i < _scopes.Length; i++)
        {
            keys[i] = _scopes[i].GetKey(turnContext.Activity);
            reads[i] = keys[i] is { } key ? store.ReadAsync(key, cancellationToken) : Task.FromResult<StoreItem?>(null);
        }

        await Task.WhenAll(reads);
        var loaded = new List<LoadedScope>(_scopes.Length);
        for (var i = 0; i < _scopes.Length; i++)
        {
            if (keys[i] is not { } key)
            {
                continue;
            }

            var item = await reads[i];
            var document = item is null ? new StateDocument() : ParseOrUnavailable(item.Value, _scopes[i].Name);
            if (document.Data.IsEmpty)
            {
                _scopes[i].LoadNew(turnContext.TurnState);
            }
            else
            {
                _scopes[i].Load(turnContext.TurnState, document.Data.Span);
            }

            loaded.Add(new LoadedScope(_scopes[i], key, item, document));
        }

        return [.. loaded];
    }

    private static StateDocument ParseOrUnavailable(ReadOnlyMemory<byte> stored, string scope)
    {
        try
        {
            return StateDocument.Parse(stored);
        }
        catch (JsonException ex)
        {
            // Never overwrite state we cannot read: the person's diary may be in it.
            throw new StoreUnavailableException($"The stored {scope} state could not be read.", ex);
        }
    }

    /// <summary>User state first, conversation last: the conversation's write also records the activity as applied.</summary>
    private async Task SaveAsync(TurnContext turnContext, LoadedScope[] loaded, bool botFailed, CancellationToken cancellationToken)
    {
        foreach (var scope in loaded.OrderBy(l => l.Scope.IsConversationScope))
        {
            if (botFailed && !scope.Scope.IsConversationScope)
            {
                continue;
            }

            if (botFailed)
            {
                scope.Scope.LoadNew(turnContext.TurnState);
            }

            var bytes = StateDocument.Write(scope.Document.Seen, scope.Scope.Serialize(turnContext.TurnState));
            if (scope.Read is not null && scope.Read.Value.Span.SequenceEqual(bytes))
            {
                continue;
            }

            await store.WriteAsync(scope.Key, bytes, WriteCondition.After(scope.Read), cancellationToken);
        }
    }

    private sealed record LoadedScope(IStateScope Scope, string Key, StoreItem? Read, StateDocument Document);
}

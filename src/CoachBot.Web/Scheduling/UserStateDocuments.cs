using System.Text.Json;
using CoachBot.Coaching.State;
using CoachBot.Storage;
using CoachBot.Web.Turns;

namespace CoachBot.Web.Scheduling;

/// <summary>
/// Reads and changes a person's user state outside a turn, in the form turns store it
/// (<see cref="StateDocument"/>), conditional on the ETag: a turn and the scheduler changing the same
/// person at once both land, one of them re-applied on fresh state.
/// </summary>
internal sealed class UserStateDocuments(IStore store)
{
    private const int MaxAttempts = 10;

    /// <summary>The person's state, or null when there is none (or none that can be read).</summary>
    public async Task<LoadedUser?> ReadAsync(string userKey, CancellationToken cancellationToken)
    {
        var read = await store.ReadAsync(userKey, cancellationToken);
        return read is null ? null : Parse(read);
    }

    /// <summary>
    /// Applies <paramref name="change"/> and writes the result, starting from <paramref name="loaded"/> when the caller
    /// has just read it, and from fresh state after a conflict, until the write wins. Returns the state written,
    /// or null when there was none.
    /// </summary>
    public async Task<UserData?> UpdateAsync(string userKey, Action<UserData> change, CancellationToken cancellationToken, LoadedUser? loaded = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            loaded ??= await ReadAsync(userKey, cancellationToken);
            if (loaded is null)
            {
                return null;
            }

            change(loaded.User);
            var bytes = StateDocument.Write(loaded.Document.Seen, JsonSerializer.SerializeToUtf8Bytes(loaded.User, CoachingJson.Default.UserData));
            try
            {
                await store.WriteAsync(userKey, bytes, WriteCondition.Matching(loaded.ETag), cancellationToken);
                return loaded.User;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // A turn saved meanwhile: apply the change again on what it wrote.
                loaded = null;
            }
        }
    }

    private static LoadedUser? Parse(StoreItem read)
    {
        try
        {
            var document = StateDocument.Parse(read.Value);
            return document.Data.IsEmpty || JsonSerializer.Deserialize(document.Data.Span, CoachingJson.Default.UserData) is not { } user
                ? null
                : new LoadedUser(user, document, read.ETag);
        }
        catch (JsonException)
        {
            // Never written over: the person's diary may be in it. The turn pipeline reports it when they next write.
            return null;
        }
    }
}

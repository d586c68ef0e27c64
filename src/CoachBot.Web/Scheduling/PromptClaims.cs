using System.Globalization;
using System.Text.Json;
using CoachBot.Coaching.Scheduling;
using CoachBot.Storage;

namespace CoachBot.Web.Scheduling;

/// <summary>
/// One prompt per person per local day across restarts and instances: before sending, a create-only write of
/// <c>prompts/{userKey}/{localDate}</c> (a snoozed prompt has its own key). Whoever loses the race skips. A claim
/// whose send failed for a passing reason is released so a later tick can try again.
/// </summary>
internal sealed class PromptClaims(IStore store)
{
    private static readonly string Instance = Environment.MachineName + "/" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    public static string Key(string userKey, DuePrompt due)
    {
        ArgumentNullException.ThrowIfNull(due);
        var date = due.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return due.Kind == PromptKind.Snoozed
            ? $"prompts/{userKey}/{date}-snoozed-{due.Instant.UtcDateTime.ToString("HHmm", CultureInfo.InvariantCulture)}"
            : $"prompts/{userKey}/{date}";
    }

    /// <summary>True when this caller now owns the prompt; false when someone else claimed it first.</summary>
    public async Task<bool> TryClaimAsync(string userKey, DuePrompt due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claim = JsonSerializer.SerializeToUtf8Bytes(new PromptClaim(now, due.Instant, Instance), SchedulingJson.Default.PromptClaim);
        try
        {
            await store.WriteAsync(Key(userKey, due), claim, WriteCondition.CreateOnly, cancellationToken);
            return true;
        }
        catch (StoreConflictException)
        {
            return false;
        }
    }

    public Task ReleaseAsync(string userKey, DuePrompt due, CancellationToken cancellationToken) =>
        store.DeleteAsync(Key(userKey, due), cancellationToken);
}

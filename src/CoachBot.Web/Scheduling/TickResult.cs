namespace CoachBot.Web.Scheduling;

/// <summary>What one tick did: minutes looked at, entries read, prompts found too late to send, prompts claimed here, and their outcomes.</summary>
internal sealed record TickResult(int Minutes, int Entries, int TooLate, int Claimed, int Sent, int Retrying, int Unreachable, int Failed)
{
    public static TickResult None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public TickResult Add(TickResult other) => new(
        Minutes + other.Minutes,
        Entries + other.Entries,
        TooLate + other.TooLate,
        Claimed + other.Claimed,
        Sent + other.Sent,
        Retrying + other.Retrying,
        Unreachable + other.Unreachable,
        Failed + other.Failed);
}

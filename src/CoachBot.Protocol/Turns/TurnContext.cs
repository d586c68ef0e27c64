using System.Text.Json;
using CoachBot.Protocol.Schema;

namespace CoachBot.Protocol.Turns;

/// <summary>
/// One turn: the inbound activity and the bot's outgoing activities. Sends are collected, not sent at
/// once, so the host can save state first and deliver only what a committed turn said — a turn re-run
/// after a storage conflict never sends anything twice.
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _outgoing = [];
    private readonly List<Activity> _updates = [];
    private readonly List<string> _deletes = [];

    public TurnContext(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity = activity;
    }

    public Activity Activity { get; }

    public TurnState TurnState { get; } = new();

    /// <summary>Set by the bot to answer an <c>invoke</c> activity; unset means "not implemented" (501).</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>True once the bot has sent anything in this turn.</summary>
    public bool Responded => _outgoing.Count > 0;

    /// <summary>Activities to send, in order, when the turn commits.</summary>
    public IReadOnlyList<Activity> OutgoingActivities => _outgoing;

    public IReadOnlyList<Activity> PendingUpdates => _updates;

    public IReadOnlyList<string> PendingDeletes => _deletes;

    /// <summary>Sends a plain-text message in reply to the inbound activity.</summary>
    public void SendActivity(string text) => SendActivity(Activity.CreateReply(text));

    /// <summary>Sends an activity; fields it leaves empty are addressed from the inbound activity.</summary>
    public void SendActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Activity.ChannelId;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.Conversation ??= Activity.Conversation;
        activity.From ??= Activity.Recipient;
        activity.Recipient ??= Activity.From;
        activity.Locale ??= Activity.Locale;
        if (activity.ReplyToId is null && Activity.Id is not null && !string.Equals(activity.Type, ActivityTypes.Typing, StringComparison.Ordinal))
        {
            activity.ReplyToId = Activity.Id;
        }

        _outgoing.Add(activity);
    }

    public void SendActivities(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities)
        {
            SendActivity(activity);
        }
    }

    /// <summary>Replaces an earlier message (Teams); channels that cannot get a new message instead.</summary>
    public void UpdateActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ChannelId ??= Activity.ChannelId;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.Conversation ??= Activity.Conversation;
        activity.From ??= Activity.Recipient;
        activity.Recipient ??= Activity.From;
        _updates.Add(activity);
    }

    public void DeleteActivity(string activityId)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        _deletes.Add(activityId);
    }

    /// <summary>Drops everything this turn was going to send (the turn is being re-run on fresh state).</summary>
    public void DiscardOutgoing()
    {
        _outgoing.Clear();
        _updates.Clear();
        _deletes.Clear();
        InvokeResponse = null;
    }

    /// <summary>Answers an invoke with a status and an optional JSON body.</summary>
    public void SetInvokeResponse(int status, JsonElement? body = null) => InvokeResponse = new InvokeResponse(status, body);
}

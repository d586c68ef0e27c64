using CoachBot.Coaching.State;
using CoachBot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Teams;

/// <summary>
/// Teams' <c>installationUpdate</c> (PROTOCOL.md §3.2). On <c>add</c> the personal conversation is remembered at
/// once, because it is what proactive messages continue (§2.4), and a person who installs again is reachable again.
/// On <c>remove</c> the bot can no longer write to them, so the morning prompts stop, as after a 403 from the channel,
/// until the app is installed again or the person writes. The upgrade actions change nothing.
/// </summary>
internal static class TeamsInstallation
{
    public const string Add = "add";
    public const string Remove = "remove";

    public static bool Is(Activity activity, string action) =>
        string.Equals(activity.Type, ActivityTypes.InstallationUpdate, StringComparison.OrdinalIgnoreCase)
        && string.Equals(activity.Action, action, StringComparison.OrdinalIgnoreCase);

    /// <summary>Applies an <c>installationUpdate</c> to the person's state; any other activity is left alone.</summary>
    public static void Apply(UserData user, Activity activity, DateTimeOffset now, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(activity);
        if (Is(activity, Add))
        {
            Added(user, activity, logger);
        }
        else if (Is(activity, Remove))
        {
            user.Prompts.Inactive = true;
            user.Prompts.InactiveSince = now;
            TeamsLog.Removed(logger);
        }
    }

    private static void Added(UserData user, Activity activity, ILogger logger)
    {
        // Prompts go to the person's own chat only: an install into a group chat or team is not one.
        if (activity.Conversation is not { Id.Length: > 0, IsGroup: not true } conversation
            || activity.ServiceUrl is not { Length: > 0 }
            || activity.From?.Id is not { Length: > 0 } userId
            || userId == activity.Recipient?.Id)
        {
            TeamsLog.InstalledElsewhere(logger);
            return;
        }

        user.ConversationReference = activity.GetConversationReference();
        user.Prompts.Inactive = false;
        user.Prompts.InactiveSince = null;
        TeamsLog.Installed(logger, conversation.ConversationType ?? "personal");
    }
}

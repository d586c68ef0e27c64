using CoachBot.Coaching.Content;

namespace CoachBot.Coaching.Onboarding;

/// <summary>Checks that a dialog's words are all in the content, so a missing one fails when the dialogs are built, not mid-conversation.</summary>
internal static class RequiredMessages
{
    public static void Check(MessageCatalog messages, IEnumerable<string> ids, string file)
    {
        var missing = ids.Where(id => !messages.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentException($"{file}: missing message(s) {string.Join(", ", missing)}.");
        }
    }
}

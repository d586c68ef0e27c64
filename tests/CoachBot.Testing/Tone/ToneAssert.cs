using CoachBot.Coaching.Tone;
using Xunit;

namespace CoachBot.Testing.Tone;

/// <summary>Asserts that what the bot said passes the tone rules of COACHING.md §5, for every conversation test.</summary>
public static class ToneAssert
{
    /// <summary>Fails listing every reply that breaks a rule, with the rule and the offending words.</summary>
    public static void FollowsToneRules(IEnumerable<string?> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var problems = new List<string>();
        foreach (var reply in replies)
        {
            if (reply is null)
            {
                continue;
            }

            problems.AddRange(ToneChecker.Check(reply).Select(f => $"  '{f.Rule}' at {f.Index} ({f.In(reply)}) in: {reply}"));
        }

        if (problems.Count > 0)
        {
            Assert.Fail("Replies break the tone rules (COACHING.md §5):" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }

    public static void FollowsToneRules(params string?[] replies) => FollowsToneRules((IEnumerable<string?>)replies);
}

using System.Text.RegularExpressions;
using CoachBot.Coaching.Bot;
using CoachBot.Coaching.Onboarding;
using CoachBot.Coaching.Settings;

namespace CoachBot.Coaching.Tests.Onboarding;

public sealed partial class OnboardingWordsTests
{
    /// <summary>COACHING.md §5, the phrases never said.</summary>
    private static readonly string[] Banned =
    [
        "bad night", "bad sleep", "poor sleeper", "fail", "you should", "you must", "you need to", "you have to",
        "just relax", "push through", "try harder", "don't worry", "it's nothing", "compliance", "cheat", "excuse",
        "lazy", "streak", "great job", "sufferer", "insomniac",
    ];

    /// <summary>What CoachBot says, as opposed to the words it listens for (aliases, synonyms, phrases).</summary>
    public static TheoryData<string> SaidIds => [.. Words.Messages.Ids
        .Where(id => id.StartsWith("onboarding.", StringComparison.Ordinal) || id.StartsWith("settings.", StringComparison.Ordinal))
        .Where(id => !id.StartsWith(Coaching.TimeZones.TimeZoneResolver.AliasGroup, StringComparison.Ordinal)
            && !id.EndsWith(".synonyms", StringComparison.Ordinal)
            && !id.EndsWith("_phrases", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SaidIds))]
    public void Each_message_is_calm_with_at_most_one_question_and_no_banned_phrase(string id)
    {
        foreach (var text in Words.Messages.Variants(id))
        {
            Assert.DoesNotContain('!', text);
            Assert.True(text.Count(c => c == '?') <= 1, $"{id} asks more than one question: {text}");
            foreach (var phrase in Banned)
            {
                Assert.DoesNotMatch(WholePhrase(phrase), text);
            }
        }
    }

    [Fact]
    public void Every_message_the_dialogs_use_is_in_the_content()
    {
        foreach (var id in OnboardingMessageIds.All.Concat(SettingsMessageIds.All))
        {
            Assert.True(Words.Messages.Contains(id), $"missing {id}");
        }
    }

    [Fact]
    public void No_button_is_also_a_command_that_would_be_taken_before_the_answer()
    {
        var commands = new Commands(Words.Messages);
        var buttons = Words.Messages.Ids
            .Where(id => (id.StartsWith("onboarding.", StringComparison.Ordinal) || id.StartsWith("settings.", StringComparison.Ordinal))
                && (id.EndsWith(".button", StringComparison.Ordinal) || id.Contains(".buttons", StringComparison.Ordinal)))
            .SelectMany(Words.Messages.Variants)
            .ToList();

        Assert.NotEmpty(buttons);
        Assert.All(buttons, title => Assert.Equal(Command.None, commands.Recognize(title)));
    }

    private static Regex WholePhrase(string phrase) => new($@"\b{Regex.Escape(phrase)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}

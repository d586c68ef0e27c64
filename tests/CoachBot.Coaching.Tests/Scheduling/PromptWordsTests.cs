using CoachBot.Coaching.Bot;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Scheduling;

namespace CoachBot.Coaching.Tests.Scheduling;

/// <summary>The words of the morning prompt and its commands, from <c>dialogs/</c>.</summary>
public sealed class PromptWordsTests
{
    private static readonly MessageCatalog Messages = MessageCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "dialogs"));

    [Fact]
    public void The_prompts_button_starts_the_check_in()
    {
        var commands = new Commands(Messages);

        Assert.Equal(Command.CheckIn, commands.Recognize(Messages[PromptMessageIds.MorningButton]));
    }

    [Fact]
    public void A_bare_stop_cancels_first_and_also_means_stop_prompts()
    {
        var commands = new Commands(Messages);

        Assert.Equal(Command.Cancel, commands.Recognize("Stop"));
        Assert.True(commands.Means("stop", Command.StopPrompts));
        Assert.False(commands.Means("cancel", Command.StopPrompts));
        Assert.Equal(Command.StopPrompts, commands.Recognize("stop prompts"));
    }

    [Theory]
    [InlineData("pause", Command.Pause)]
    [InlineData("Resume", Command.Resume)]
    [InlineData("snooze", Command.Snooze)]
    [InlineData("snooze until tomorrow", Command.SnoozeUntilTomorrow)]
    [InlineData("not today", Command.SnoozeUntilTomorrow)]
    public void The_prompt_commands_are_recognised(string text, Command expected) =>
        Assert.Equal(expected, new Commands(Messages).Recognize(text));

    [Fact]
    public void Every_prompt_message_the_code_uses_is_written_down()
    {
        string[] ids =
        [
            PromptMessageIds.Morning, PromptMessageIds.MorningButton, PromptMessageIds.MorningEveryOtherDay, PromptMessageIds.Paused,
            PromptMessageIds.Stopped, PromptMessageIds.Resumed, PromptMessageIds.Snoozed, PromptMessageIds.SnoozedUntilTomorrow,
            PromptMessageIds.NothingToSnooze, PromptMessageIds.NotSetUp,
        ];

        Assert.All(ids, id => Assert.True(Messages.Contains(id), id));
    }

    [Fact]
    public void The_prompt_never_counts_days_or_chases()
    {
        string[] words = ["streak", "missed", "yesterday", "in a row", "again"];
        foreach (var id in new[] { PromptMessageIds.Morning, PromptMessageIds.MorningEveryOtherDay })
        {
            Assert.All(words, word => Assert.DoesNotContain(word, Messages[id], StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_first_thinned_out_prompt_says_so_and_has_the_check_in_button()
    {
        var user = ScheduledUsers.Create("Europe/London", new TimeOnly(8, 0));
        user.Prompts.Unanswered = PromptSchedule.BackOffAfter;

        var prompt = MorningPrompt.Create(Messages, user, user.ConversationReference!);

        Assert.Equal(Messages[PromptMessageIds.MorningEveryOtherDay], prompt.Text);
        Assert.Equal("conv-1", prompt.Conversation!.Id);
        Assert.Equal("user-1", prompt.Recipient!.Id);
        Assert.Equal(Messages[PromptMessageIds.MorningButton], Assert.Single(prompt.SuggestedActions!.Actions!).Title);
    }
}

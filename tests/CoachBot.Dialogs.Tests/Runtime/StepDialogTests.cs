namespace CoachBot.Dialogs.Tests.Runtime;

public sealed class StepDialogTests
{
    [Fact]
    public async Task Each_step_asks_one_question_and_the_last_summarises_the_answers()
    {
        var bot = new DialogHarness();

        Assert.Equal(["ask first"], await bot.SendAsync("", begin: true));
        Assert.Equal(["ask second"], await bot.SendAsync("3"));
        Assert.Equal(["first=3 second=7"], await bot.SendAsync("7"));
        Assert.Equal(DialogTurnStatus.Complete, bot.LastResult!.Status);
        Assert.False(bot.IsActive);
    }

    [Fact]
    public async Task An_unusable_answer_gets_a_kind_reprompt_and_then_the_item_is_skipped_not_a_dead_end()
    {
        var bot = new DialogHarness();
        await bot.SendAsync("", begin: true);

        Assert.Equal(["retry first"], await bot.SendAsync("lots"));
        Assert.Equal(["retry first"], await bot.SendAsync("loads"));
        Assert.Equal(["skipping first", "ask second"], await bot.SendAsync("heaps"));
        Assert.Equal(["first=- second=2"], await bot.SendAsync("2"));
    }

    [Fact]
    public async Task Not_knowing_skips_the_item_at_once()
    {
        var bot = new DialogHarness();
        await bot.SendAsync("", begin: true);

        Assert.Equal(["ask second"], await bot.SendAsync("no idea"));
    }

    [Fact]
    public async Task An_ambiguous_answer_is_asked_about_and_the_choice_is_remembered_across_turns()
    {
        var bot = new DialogHarness();
        await bot.SendAsync("", begin: true);

        Assert.Equal(["which first: 6 or 7?"], await bot.SendAsync("6 or 7"));
        Assert.Equal(["ask second"], await bot.SendAsync("7"));
        Assert.Equal(["first=7 second=1"], await bot.SendAsync("1"));
    }

    [Fact]
    public async Task Back_returns_to_the_previous_question_and_the_new_answer_replaces_the_old()
    {
        var bot = new DialogHarness(new SkipAndBack());
        await bot.SendAsync("", begin: true);
        await bot.SendAsync("3");

        Assert.Equal(["ask first"], await bot.SendAsync("back"));
        Assert.Equal(["ask second"], await bot.SendAsync("5"));
        Assert.Equal(["first=5 second=9"], await bot.SendAsync("9"));
    }

    [Fact]
    public async Task Back_on_the_first_question_says_so_and_asks_again()
    {
        var bot = new DialogHarness(new SkipAndBack());
        await bot.SendAsync("", begin: true);

        Assert.Equal(["nothing to go back to", "ask first"], await bot.SendAsync("back"));
    }

    [Fact]
    public async Task Skip_leaves_the_item_empty_and_moves_on()
    {
        var bot = new DialogHarness(new SkipAndBack());
        await bot.SendAsync("", begin: true);

        Assert.Equal(["ask second"], await bot.SendAsync("skip"));
        Assert.Equal(["first=- second=-"], await bot.SendAsync("skip"));
    }

    [Fact]
    public async Task Cancel_clears_the_stack()
    {
        var bot = new DialogHarness(new SkipAndBack());
        await bot.SendAsync("", begin: true);

        await bot.SendAsync("cancel");

        Assert.False(bot.IsActive);
        Assert.Empty(await bot.SendAsync("4"));
    }
}

using CoachBot.Coaching.Tone;

namespace CoachBot.Coaching.Tests.Tone;

public sealed class ToneCheckerTests
{
    private static IEnumerable<string> Rules(string text) => ToneChecker.Check(text).Select(f => f.Rule);

    [Theory]
    [InlineData("That was a bad night.", "bad-night")]
    [InlineData("Another BAD SLEEP, sorry.", "bad-night")]
    [InlineData("You're a bad sleeper.", "bad-night")]
    [InlineData("Some people are poor sleepers.", "poor-sleeper")]
    [InlineData("You failed to do your wind-down.", "failure")]
    [InlineData("That's a failure of routine.", "failure")]
    [InlineData("The night was ruined.", "ruined")]
    [InlineData("Ruined nights happen.", "ruined")]
    [InlineData("Pain can ruin a night.", "ruined")]
    [InlineData("It doesn't mean the night is ruined.", "ruined")]
    [InlineData("You should get up at the same time.", "you-should")]
    [InlineData("You must rest.", "you-should")]
    [InlineData("you need to move more", "you-should")]
    [InlineData("You have to keep going.", "you-should")]
    [InlineData("You really should try it.", "you-should")]
    [InlineData("Always get up at the same time.", "always-never")]
    [InlineData("Stretch first. Never nap after lunch.", "always-never")]
    [InlineData("Just relax and it will come.", "just-relax")]
    [InlineData("Push through the pain.", "push-through")]
    [InlineData("Keep pushing through.", "push-through")]
    [InlineData("Try harder to relax.", "try-harder")]
    [InlineData("Don’t worry about it.", "dont-worry")]
    [InlineData("Do not worry.", "dont-worry")]
    [InlineData("It's nothing.", "its-nothing")]
    [InlineData("That twinge is nothing to worry about.", "its-nothing")]
    [InlineData("Great job!!", "great-job")]
    [InlineData("A 5-day streak!", "streak")]
    [InlineData("For pain sufferers.", "sufferer")]
    [InlineData("As an insomniac, you know this.", "insomniac")]
    [InlineData("Your compliance is low.", "compliance")]
    [InlineData("Don't be lazy.", "lazy")]
    [InlineData("No excuses today.", "excuse")]
    [InlineData("A cheat day is fine.", "cheat")]
    [InlineData("He committed suicide.", "committed-suicide")]
    [InlineData("Protect your back when you lift.", "protect-your-back")]
    [InlineData("You have insomnia.", "diagnosis")]
    [InlineData("It sounds like sleep apnoea.", "diagnosis")]
    [InlineData("You may have sleep apnea.", "diagnosis")]
    [InlineData("That's sciatica.", "diagnosis")]
    [InlineData("You're depressed.", "diagnosis")]
    [InlineData("This will cure your pain.", "cure-promise")]
    [InlineData("Breathing will fix your pain.", "cure-promise")]
    [InlineData("Guaranteed better sleep.", "cure-promise")]
    [InlineData("Go to bed at 10 tonight.", "bedtime")]
    [InlineData("Try getting into bed by eleven.", "bedtime")]
    [InlineData("Set your bedtime to 22:30.", "bedtime")]
    [InlineData("Get up at 6:30 every day.", "bedtime")]
    [InlineData("Stay in bed only while asleep.", "time-in-bed")]
    [InlineData("Your sleep window is 6 hours.", "time-in-bed")]
    [InlineData("Let's restrict your sleep for a week.", "time-in-bed")]
    [InlineData("No more than 6 hours in bed.", "time-in-bed")]
    [InlineData("Sleep restriction works.", "time-in-bed")]
    [InlineData("Melatonin can help.", "medication")]
    [InlineData("Ask about zopiclone.", "medication")]
    [InlineData("Some take sleeping pills.", "medication")]
    [InlineData("Try 5 mg before bed.", "dose")]
    [InlineData("Take a tablet at night.", "dose")]
    [InlineData("Stop your medication.", "dose")]
    public void A_banned_word_or_phrasing_is_flagged(string text, string rule)
    {
        Assert.Contains(rule, Rules(text));
    }

    [Theory]
    [InlineData("A night with wakings isn't ruined.")]
    [InlineData("A night with pain in it is not ruined.")]
    [InlineData("Waking sore doesn't ruin the night.")]
    [InlineData("It wasn't a ruined night.")]
    [InlineData("Nights like that are never ruined.")]
    [InlineData("Sounds rough: about 5 hours and a lot of pain.")]
    [InlineData("Some find a steady get-up time helps. Try it, or something else.")]
    [InlineData("A long nap yesterday. How was the evening after it?")]
    [InlineData("Up at your usual time 5 of 7 mornings, even with Thursday's flare.")]
    [InlineData("No need to make sleep happen. Two minutes of slow breathing?")]
    [InlineData("About 73% of your time in bed was sleep; last week 70%.")]
    [InlineData("Fair enough, those ideas haven't helped. I'll drop them.")]
    [InlineData("Roughly what time did you get into bed?")]
    [InlineData("That's over 16 hours in bed.")]
    [InlineData("Is it okay to keep the diary?")]
    [InlineData("Medicines are one for your GP or pharmacist.")]
    [InlineData("A fallback, a failsafe and a sailing trip.")]
    [InlineData("never mind")]
    [InlineData("Never mind, we'll leave it there.")]
    [InlineData("It's never too late to change a setting.")]
    [InlineData("Whatever suits you: your call.")]
    [InlineData("Gentle movement earlier in the day, with no forcing through pain.")]
    [InlineData("")]
    public void Calm_words_in_the_voice_of_the_examples_pass(string text)
    {
        Assert.Empty(ToneChecker.Check(text));
    }

    [Fact]
    public void A_finding_says_where_the_words_are()
    {
        const string text = "Morning. That was a bad night.";

        var finding = Assert.Single(ToneChecker.Check(text));

        Assert.Equal(("bad-night", 20, "bad night"), (finding.Rule, finding.Index, finding.In(text)));
    }

    [Fact]
    public void Findings_come_in_order_of_position()
    {
        var findings = ToneChecker.Check("Great job! You should nap less, and don't worry.");

        Assert.Equal(["great-job", "you-should", "dont-worry"], findings.Select(f => f.Rule));
        Assert.True(findings[0].Index < findings[1].Index && findings[1].Index < findings[2].Index);
    }

    [Fact]
    public void Ruined_is_allowed_only_when_negated_within_three_words()
    {
        Assert.True(ToneChecker.Passes("The night isn't really ruined."));
        Assert.False(ToneChecker.Passes("Don't think the whole night is ruined."));
    }

    [Fact]
    public void Words_inside_other_words_are_not_flagged()
    {
        Assert.True(ToneChecker.Passes("Streaky light, a lazybones cat, a bad-tempered kettle and an excused absence."));
    }
}

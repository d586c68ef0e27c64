using System.Diagnostics;
using System.Text;
using CoachBot.Coaching.Safety;

namespace CoachBot.Coaching.Tests.Safety;

public sealed class SafetyClassifierTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🤷")]
    public void Nothing_to_read_is_nothing_to_act_on(string? text) =>
        Assert.Equal(SafetyOutcome.None, SafetyClassifier.Classify(text).Outcome);

    [Theory]
    [InlineData("I don\u2019t want to wake up")]
    [InlineData("I DON'T WANT TO WAKE UP!!!")]
    [InlineData("i   dont want    to wake up")]
    [InlineData("I want to... die")]
    [InlineData("i want to diee")]
    [InlineData("i wannnna die")]
    [InlineData("k1ll myself")]
    [InlineData("su1c1dal")]
    [InlineData("suiside")]
    public void Spelling_case_spacing_and_punctuation_do_not_hide_a_crisis(string text) =>
        Assert.Equal(SafetyOutcome.Crisis, SafetyClassifier.Classify(text).Outcome);

    [Theory]
    [InlineData("I'm not suicidal, but I want to die")]
    [InlineData("No, I want to die")]
    [InlineData("I'm not ok. I want to die")]
    [InlineData("not sleeping, not eating, I want to end my life")]
    public void A_negation_elsewhere_does_not_cancel_a_crisis(string text) =>
        Assert.Equal(SafetyOutcome.Crisis, SafetyClassifier.Classify(text).Outcome);

    [Theory]
    [InlineData("the pain will subside")]
    [InlineData("I walked 3 kms")]
    [InlineData("I hurt myself lifting the kettle")]
    [InlineData("I want to dye my hair")]
    public void Near_misses_of_crisis_words_are_not_a_crisis(string text) =>
        Assert.NotEqual(SafetyOutcome.Crisis, SafetyClassifier.Classify(text).Outcome);

    [Theory]
    [InlineData("back pain and I can't pee", "BladderBowel", "Now")]
    [InlineData("numb down there since yesterday", "SaddleNumbness", "Now")]
    [InlineData("both my legs went weak on the stairs", "LegsWeak", "Now")]
    [InlineData("chest pain when I woke", "ChestPain", "Now")]
    [InlineData("worst headache of my life", "SuddenHeadache", "Now")]
    [InlineData("a sudden severe pain in my side", "SuddenPain", "Now")]
    [InlineData("my back is bad and I have a fever", "BackPainWithFever", "SameDay")]
    [InlineData("I fell over and it hurts a lot", "PainAfterFall", "SameDay")]
    [InlineData("my partner says I stop breathing", "BreathingStops", "Soon")]
    [InlineData("I snore and I'm drowsy all day", "SnoringAndSleepiness", "Soon")]
    [InlineData("I keep nodding off when I drive", "DrowsyDriving", "Soon")]
    [InlineData("no position eases the pain at night", "NightPainNoPosition", "Soon")]
    [InlineData("lost weight without trying", "WeightLoss", "Soon")]
    public void Each_red_flag_is_recognised_with_its_tier(string text, string kind, string tier)
    {
        var assessment = SafetyClassifier.Classify(text);

        Assert.Equal((SafetyOutcome.RedFlag, Enum.Parse<RedFlagKind>(kind), Enum.Parse<RedFlagTier>(tier)), (assessment.Outcome, assessment.RedFlag!.Value, assessment.Tier!.Value));
    }

    [Theory]
    [InlineData("no chest pain")]
    [InlineData("not numb down there")]
    [InlineData("back is sore but no fever")]
    [InlineData("I fell asleep and the pain woke me")]
    [InlineData("I've lost a stone on my diet")]
    [InlineData("can't we skip this one")]
    public void A_red_flag_said_in_the_negative_or_in_passing_is_not_raised(string text) =>
        Assert.Equal(SafetyOutcome.None, SafetyClassifier.Classify(text).Outcome);

    [Fact]
    public void A_crisis_outranks_a_red_flag_in_the_same_message() =>
        Assert.Equal(SafetyOutcome.Crisis, SafetyClassifier.Classify("chest pain again and honestly I want to die").Outcome);

    [Fact]
    public void A_crisis_phrase_at_the_end_of_a_long_message_is_caught()
    {
        var text = Filler(10_000) + " and I want to die";

        Assert.Equal(SafetyOutcome.Crisis, SafetyClassifier.Classify(text).Outcome);
    }

    [Fact]
    public void A_crisis_phrase_across_a_window_edge_is_caught()
    {
        var edge = SafetyClassifier.WindowSize - 5;
        var text = Filler(edge) + " I want to die. " + Filler(3_000);

        Assert.Equal(SafetyOutcome.Crisis, SafetyClassifier.Classify(text).Outcome);
    }

    [Fact]
    public void A_crisis_phrase_at_the_end_of_a_huge_paste_is_caught()
    {
        var text = Filler(200_000) + ". I want to die";

        Assert.Equal(SafetyOutcome.Crisis, SafetyClassifier.Classify(text).Outcome);
    }

    [Fact]
    public void Ten_kilobytes_are_read_in_a_few_milliseconds()
    {
        var text = Filler(10_000);
        SafetyClassifier.Classify(text);

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(SafetyOutcome.None, SafetyClassifier.Classify(text).Outcome);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"10 reads of 10 kB took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void A_teams_mention_of_the_bot_is_not_read_as_words() =>
        Assert.Equal(SafetyOutcome.Crisis, SafetyClassifier.Classify("<at>CoachBot</at> kms").Outcome);

    private static string Filler(int length)
    {
        var words = new StringBuilder();
        string[] sentence = ["Went", "to", "bed", "around", "11,", "woke", "twice,", "the", "hip", "was", "sore", "but", "settled."];
        for (var i = 0; words.Length < length; i++)
        {
            words.Append(sentence[i % sentence.Length]).Append(' ');
        }

        return words.ToString(0, length);
    }
}

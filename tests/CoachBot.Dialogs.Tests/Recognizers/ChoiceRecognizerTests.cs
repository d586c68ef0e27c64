using System.Globalization;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private static readonly Choice[] WindDown =
    [
        new("yes", "yes", "did it"),
        new("partly", "partly", "some of it", "a bit"),
        new("no", "no", "didn't happen"),
    ];

    private static readonly Choice[] Quality =
    [
        new("very_poor", "Very poor"),
        new("poor", "Poor"),
        new("fair", "Fair"),
        new("good", "Good"),
        new("very_good", "Very good"),
    ];

    [Theory]
    [InlineData("partly", "partly")]
    [InlineData("PARTLY", "partly")]
    [InlineData("some of it", "partly")]
    [InlineData("Didn't happen", "no")]
    public void An_id_or_synonym_in_any_case_picks_its_option(string answer, string id)
    {
        Assert.Equal(ChoiceRecognition.Picked(id), ChoiceRecognizer.Recognize(answer, WindDown, British), ChoiceEquality.Instance);
    }

    [Theory]
    [InlineData("2", "poor")]
    [InlineData("second", "poor")]
    [InlineData("the first one", "very_poor")]
    [InlineData("5th", "very_good")]
    [InlineData("option three", "fair")]
    public void A_position_picks_the_option_in_that_place(string answer, string id)
    {
        Assert.Equal(id, ChoiceRecognizer.Recognize(answer, Quality, British).ChoiceId);
    }

    [Fact]
    public void A_position_past_the_last_option_is_out_of_range()
    {
        Assert.Equal(RecognitionKind.OutOfRange, ChoiceRecognizer.Recognize("7", Quality, British).Kind);
    }

    [Fact]
    public void The_start_of_a_word_picks_the_only_option_it_begins()
    {
        Assert.Equal("fair", ChoiceRecognizer.Recognize("fa", Quality, British).ChoiceId);
    }

    [Fact]
    public void A_start_shared_by_two_options_offers_both()
    {
        var result = ChoiceRecognizer.Recognize("ve", Quality, British);

        Assert.Equal(RecognitionKind.Ambiguous, result.Kind);
        Assert.Equal(["very_poor", "very_good"], result.Candidates);
    }

    [Fact]
    public void The_longest_synonym_found_in_a_sentence_wins()
    {
        Assert.Equal("very_good", ChoiceRecognizer.Recognize("I'd say very good actually", Quality, British).ChoiceId);
    }

    [Fact]
    public void A_negated_synonym_does_not_pick_its_option()
    {
        Assert.Equal(RecognitionKind.NotRecognized, ChoiceRecognizer.Recognize("not good", Quality, British).Kind);
    }

    [Fact]
    public void Dont_know_is_unknown()
    {
        Assert.Equal(RecognitionKind.Unknown, ChoiceRecognizer.Recognize("don't know", Quality, British).Kind);
    }

    private sealed class ChoiceEquality : IEqualityComparer<ChoiceRecognition>
    {
        public static readonly ChoiceEquality Instance = new();

        public bool Equals(ChoiceRecognition? x, ChoiceRecognition? y) =>
            x?.Kind == y?.Kind && x?.ChoiceId == y?.ChoiceId && (x?.Candidates ?? []).SequenceEqual(y?.Candidates ?? []);

        public int GetHashCode(ChoiceRecognition obj) => HashCode.Combine(obj.Kind, obj.ChoiceId);
    }
}

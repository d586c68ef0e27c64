using CoachBot.Coaching.Advice;
using static CoachBot.Coaching.Tests.Advice.DiaryNights;

namespace CoachBot.Coaching.Tests.Advice;

/// <summary>The real content in dialogs/: every principle of the article is used, every item traces to one.</summary>
public sealed class AdviceLibraryTests
{
    /// <summary>COACHING.md §1, in order.</summary>
    private static readonly string[] CoachingPrinciples =
    [
        "P-two-way", "P-sleep-predicts-pain", "P-louder", "P-rest-trap", "P-movement", "P-physio", "P-consistency",
        "P-morning-light", "P-less-pressure", "P-wind-down", "P-flare-calm", "P-breathing", "P-small-steps",
    ];

    [Fact]
    public void The_principles_file_holds_the_thirteen_principles_of_the_coaching_reference()
    {
        Assert.Equal(CoachingPrinciples, Library.Principles.Select(p => p.Id));
    }

    [Fact]
    public void Every_principle_is_cited_by_at_least_two_advice_items()
    {
        var thin = Library.Principles.Where(p => Library.Items.Count(i => i.Principle == p.Id) < 2).Select(p => p.Id);

        Assert.Empty(thin);
    }

    [Fact]
    public void Every_advice_item_cites_a_known_principle()
    {
        var known = Library.Principles.Select(p => p.Id).ToHashSet();

        Assert.All(Library.Items, item => Assert.Contains(item.Principle, known));
    }

    [Fact]
    public void Every_pattern_the_selector_knows_is_used_by_some_item()
    {
        var unused = Enum.GetValues<AdvicePattern>().Where(p => !Library.Items.Any(i => i.When == p));

        Assert.Empty(unused);
    }

    [Fact]
    public void Every_item_has_two_or_more_distinct_phrasings()
    {
        Assert.All(Library.Items, item => Assert.True(item.Phrasings.Distinct().Count() >= 2, item.Id));
    }

    [Fact]
    public void Every_principle_traces_to_a_section_of_the_article()
    {
        Assert.All(Library.Principles, p => Assert.False(string.IsNullOrWhiteSpace(p.Section) || string.IsNullOrWhiteSpace(p.Source), p.Id));
    }

    [Theory]
    [InlineData("P-flare-calm", "flare", "isn't ruined")]
    [InlineData("P-flare-calm", "rough_night", "isn't ruined")]
    [InlineData("P-consistency", "rough_night", "usual time")]
    [InlineData("P-morning-light", "any", "daylight")]
    [InlineData("P-morning-light", "flare", "gentle start")]
    [InlineData("P-less-pressure", "any", "")]
    [InlineData("P-wind-down", "any", "wind-down")]
    [InlineData("P-breathing", "flare", "out-breath")]
    [InlineData("P-breathing", "long_waso", "belly breathing")]
    [InlineData("P-breathing", "long_sol", "muscle relaxation")]
    [InlineData("P-movement", "any", "earlier in the day")]
    [InlineData("P-movement", "any", "strength")]
    [InlineData("P-rest-trap", "long_nap", "")]
    [InlineData("P-rest-trap", "lie_in", "")]
    [InlineData("P-rest-trap", "early_bedtime", "")]
    [InlineData("P-physio", "high_pain_several_nights", "physiotherapist")]
    [InlineData("P-consistency", "good_night", "usual time")]
    public void Each_point_of_the_article_the_coach_must_cover_has_an_item(string principle, string when, string words)
    {
        Assert.True(AdvicePatterns.TryParse(when, out var pattern));

        Assert.Contains(Library.Items, item => item.Principle == principle && item.When == pattern
            && item.Phrasings.Any(p => p.Contains(words, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Ideas_are_offered_with_often_or_for_many_people_not_promised()
    {
        var hedged = Library.Items.Count(i => i.Phrasings.Any(p => p.Contains("often", StringComparison.Ordinal) || p.Contains("many people", StringComparison.Ordinal)));

        Assert.True(hedged * 2 > Library.Items.Count, $"{hedged} of {Library.Items.Count} items say 'often' or 'many people'.");
    }

    [Fact]
    public void Advice_never_asks_a_question_the_finished_check_in_could_not_take_an_answer_to()
    {
        Assert.All(Library.Items.SelectMany(i => i.Phrasings), p => Assert.DoesNotContain('?', p));
    }
}

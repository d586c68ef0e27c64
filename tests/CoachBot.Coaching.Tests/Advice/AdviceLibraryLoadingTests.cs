using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Content;

namespace CoachBot.Coaching.Tests.Advice;

/// <summary>A malformed principles or advice file fails at load, naming the file and the line.</summary>
public sealed class AdviceLibraryLoadingTests
{
    private const string Principles = """
        principles:
          - id: P-flare-calm
            summary: Waking in pain doesn't write the night off.
            section: Practical Sleep Strategies That Actually Help
            source: Manage pain flare-ups without panic.
        """;

    private const string Replies = """
        replies:
          closing_two: [Your call.]
          tone_fallback: Sorry, I didn't find the right words there.
        items:
        """;

    private static AdviceLibrary Parse(string items, string principles = Principles) =>
        AdviceLibrary.Parse(new StringReader(principles), "principles.yaml", new StringReader(Replies + "\n" + items), "advice.yaml");

    private static string Fails(string items, string principles = Principles) =>
        Assert.Throws<ContentException>(() => Parse(items, principles)).Message;

    [Fact]
    public void A_well_formed_library_loads_with_its_items_in_file_order()
    {
        var library = Parse("""
              - id: a
                principle: P-flare-calm
                when: flare
                phrasings: ["Pain at {pain_night}: a hard night.", "A hard night."]
              - id: b
                principle: P-flare-calm
                when: any
                phrasings: [One., Two.]
            """);

        Assert.Equal(["a", "b"], library.Items.Select(i => i.Id));
        Assert.Equal(AdvicePattern.Flare, library["a"].When);
        Assert.Equal("Sorry, I didn't find the right words there.", library.ToneFallback);
    }

    [Fact]
    public void An_unknown_principle_fails_naming_the_file_and_line()
    {
        var message = Fails("""
              - id: a
                principle: P-sleep-hygiene
                when: any
                phrasings: [One., Two.]
            """);

        Assert.StartsWith("advice.yaml:6:", message, StringComparison.Ordinal);
        Assert.Contains("P-sleep-hygiene", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_phrasings_fail()
    {
        var message = Fails("""
              - id: a
                principle: P-flare-calm
                when: any
            """);

        Assert.StartsWith("advice.yaml:5:", message, StringComparison.Ordinal);
        Assert.Contains("no 'phrasings'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_phrasing_fails()
    {
        var message = Fails("""
              - id: a
                principle: P-flare-calm
                when: any
                phrasings: [Only one.]
            """);

        Assert.StartsWith("advice.yaml:8:", message, StringComparison.Ordinal);
        Assert.Contains("two or more phrasings", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_pattern_fails_listing_the_known_ones()
    {
        var message = Fails("""
              - id: a
                principle: P-flare-calm
                when: bad_weather
                phrasings: [One., Two.]
            """);

        Assert.StartsWith("advice.yaml:7:", message, StringComparison.Ordinal);
        Assert.Contains("rough_night", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_fails_at_the_second_one()
    {
        var message = Fails("""
              - id: a
                principle: P-flare-calm
                when: any
                phrasings: [One., Two.]
              - id: a
                principle: P-flare-calm
                when: flare
                phrasings: [One., Two.]
            """);

        Assert.StartsWith("advice.yaml:9:", message, StringComparison.Ordinal);
        Assert.Contains("used twice", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_the_pattern_does_not_fill_fails()
    {
        var message = Fails("""
              - id: a
                principle: P-flare-calm
                when: any
                phrasings:
                  - One.
                  - Pain at {pain_night}.
            """);

        Assert.StartsWith("advice.yaml:10:", message, StringComparison.Ordinal);
        Assert.Contains("{pain_night}", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_fails_instead_of_being_ignored()
    {
        var message = Fails("""
              - id: a
                principle: P-flare-calm
                when: any
                phrasing: [One., Two.]
            """);

        Assert.StartsWith("advice.yaml:8:", message, StringComparison.Ordinal);
        Assert.Contains("unknown field 'phrasing'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_principle_listed_twice_fails_in_the_principles_file()
    {
        var message = Fails("[]", Principles + "\n" + Principles[Principles.IndexOf("  - id", StringComparison.Ordinal)..]);

        Assert.StartsWith("principles.yaml:6:", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_fails_with_its_line()
    {
        var message = Fails("""
              - id: a
                principle: [P-flare-calm
            """);

        Assert.StartsWith("advice.yaml:", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_fails_naming_it()
    {
        var empty = Directory.CreateTempSubdirectory("coachbot-advice-").FullName;
        try
        {
            var message = Assert.Throws<ContentException>(() => AdviceLibrary.Load(empty)).Message;
            Assert.StartsWith("principles.yaml:", message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void The_real_content_loads()
    {
        Assert.NotEmpty(AdviceLibrary.Load(DiaryNights.ContentDirectory).Items);
    }
}

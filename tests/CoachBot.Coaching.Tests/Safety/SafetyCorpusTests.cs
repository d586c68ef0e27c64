using CoachBot.Coaching.Safety;

namespace CoachBot.Coaching.Tests.Safety;

/// <summary>The gate of COACHING.md §6 over the labelled corpus: no missed crisis or now-tier red flag, few false alarms.</summary>
public sealed class SafetyCorpusTests
{
    private static readonly string[] Positives = ["crisis", "unsure", "now", "same_day", "soon"];

    [Fact]
    public void The_corpus_holds_at_least_160_phrasings_of_every_kind()
    {
        var counts = SafetyCorpus.All.GroupBy(i => i.Label).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(SafetyCorpus.All.Count >= 160, $"only {SafetyCorpus.All.Count} phrasings");
        Assert.All(Positives.Append("negated").Append("none"), label => Assert.True(counts.GetValueOrDefault(label) >= 5, label));
    }

    [Fact]
    public void Every_crisis_and_now_tier_phrasing_is_caught()
    {
        var misses = Misses(["crisis", "now"]);

        Assert.True(misses.Count == 0, "Missed:\n" + string.Join('\n', misses));
    }

    [Fact]
    public void Recall_on_all_positives_is_complete()
    {
        var positives = SafetyCorpus.All.Count(i => Positives.Contains(i.Label));
        var misses = Misses(Positives);
        Report($"Recall {positives - misses.Count} of {positives}", misses);

        Assert.True(misses.Count == 0, "Missed:\n" + string.Join('\n', misses));
    }

    [Fact]
    public void False_alarms_on_ordinary_figurative_and_negated_phrasings_stay_at_or_under_five_percent()
    {
        var negatives = SafetyCorpus.All.Where(i => i.Label is "none" or "negated").ToList();
        var alarms = negatives
            .Select(i => (i.Text, Assessment: SafetyClassifier.Classify(i.Text)))
            .Where(r => r.Assessment.Outcome is not (SafetyOutcome.None or SafetyOutcome.Negated))
            .Select(r => $"{r.Text} -> {Describe(r.Assessment)}")
            .ToList();
        var rate = (double)alarms.Count / negatives.Count;
        Report($"False alarms {alarms.Count} of {negatives.Count} ({rate:P1})", alarms);

        Assert.True(rate <= 0.05, $"False-alarm rate {rate:P1}:\n" + string.Join('\n', alarms));
    }

    [Fact]
    public void Negated_phrasings_are_recognised_as_negations()
    {
        var wrong = SafetyCorpus.All.Where(i => i.Label == "negated")
            .Select(i => (i.Text, Assessment: SafetyClassifier.Classify(i.Text)))
            .Where(r => r.Assessment.Outcome != SafetyOutcome.Negated)
            .Select(r => $"{r.Text} -> {Describe(r.Assessment)}")
            .ToList();

        Assert.True(wrong.Count == 0, "Not read as negations:\n" + string.Join('\n', wrong));
    }

    /// <summary>Positives read less urgently than labelled; a more urgent reading counts as caught.</summary>
    private static List<string> Misses(string[] labels) =>
        [.. SafetyCorpus.All.Where(i => labels.Contains(i.Label))
            .Select(i => (i.Label, i.Text, Assessment: SafetyClassifier.Classify(i.Text)))
            .Where(r => r.Assessment.Urgency < Expected(r.Label).Urgency)
            .Select(r => $"[{r.Label}] {r.Text} -> {Describe(r.Assessment)}")];

    private static SafetyAssessment Expected(string label) => label switch
    {
        "crisis" => SafetyAssessment.Crisis,
        "unsure" => SafetyAssessment.Unsure,
        "now" => SafetyAssessment.Flag(RedFlagKind.ChestPain, RedFlagTier.Now),
        "same_day" => SafetyAssessment.Flag(RedFlagKind.BackPainWithFever, RedFlagTier.SameDay),
        "soon" => SafetyAssessment.Flag(RedFlagKind.WeightLoss, RedFlagTier.Soon),
        _ => SafetyAssessment.None,
    };

    private static string Describe(SafetyAssessment a) => a.RedFlag is { } flag ? $"{a.Outcome} {flag} ({a.Tier})" : a.Outcome.ToString();

    private static void Report(string summary, List<string> lines)
    {
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(summary);
        foreach (var line in lines)
        {
            output?.WriteLine(line);
        }
    }
}

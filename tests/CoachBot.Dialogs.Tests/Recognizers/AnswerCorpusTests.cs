using System.Globalization;
using CoachBot.Dialogs.Recognizers;
using YamlDotNet.Serialization;

namespace CoachBot.Dialogs.Tests.Recognizers;

/// <summary>Reads every answer in answers.yaml the way the check-in would and compares with its label.</summary>
public sealed class AnswerCorpusTests
{
    private static readonly List<CorpusAnswer> Corpus = CorpusAnswer.Load();

    public static TheoryData<string> Items => [.. Corpus.Select(a => a.Item).Distinct()];

    [Theory]
    [MemberData(nameof(Items))]
    public void Every_answer_in_the_corpus_reads_as_labelled(string item)
    {
        var mismatches = Corpus
            .Where(a => a.Item == item)
            .Select(a => (Answer: a, Actual: Read(a)))
            .Where(r => r.Actual != r.Answer.Expect)
            .Select(r => $"  [{r.Answer.Locale}] \"{r.Answer.Text}\": expected {r.Answer.Expect}, got {r.Actual}")
            .ToList();

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} {item} answer(s) read wrongly:\n{string.Join('\n', mismatches)}");
    }

    [Fact]
    public void The_corpus_holds_over_a_hundred_answers_of_every_kind_including_ones_to_ask_again()
    {
        Assert.True(Corpus.Count >= 100, $"only {Corpus.Count} answers");
        Assert.Equal(["count", "duration", "pain", "time/bed", "time/wake", "yesno"], Corpus.Select(a => a.Item).Distinct().Order());
        Assert.Equal(["en-GB", "en-US"], Corpus.Select(a => a.Locale).Distinct().Order());
        Assert.All(
            ["ambiguous", "vague", "descriptive", "unknown", "out-of-range", "not-recognized"],
            kind => Assert.Contains(Corpus, a => a.Expect.TrimStart('~').StartsWith(kind, StringComparison.Ordinal)));
    }

    private static string Read(CorpusAnswer answer)
    {
        var culture = CultureInfo.GetCultureInfo(answer.Locale);
        return answer.Item switch
        {
            "time/bed" => Describe(TimeOfDayRecognizer.Recognize(answer.Text, culture, TimeWindow.BedTime), t => t.ToString("HH:mm", CultureInfo.InvariantCulture)),
            "time/wake" => Describe(TimeOfDayRecognizer.Recognize(answer.Text, culture, TimeWindow.Waking), t => t.ToString("HH:mm", CultureInfo.InvariantCulture)),
            "duration" => Describe(DurationRecognizer.Recognize(answer.Text, culture), Number),
            "count" => Describe(CountRecognizer.Recognize(answer.Text, culture), Number),
            "pain" => Describe(PainScoreRecognizer.Recognize(answer.Text, culture), Number),
            "yesno" => Describe(YesNoRecognizer.Recognize(answer.Text, culture), yes => yes ? "yes" : "no"),
            _ => throw new InvalidOperationException($"Unknown item kind '{answer.Item}' in answers.yaml"),
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Describe<T>(Recognition<T> result, Func<T, string> format)
        where T : struct
    {
        var hedge = result.IsApproximate ? "~" : string.Empty;
        return result.Kind switch
        {
            RecognitionKind.Recognized => hedge + format(result.Value!.Value),
            RecognitionKind.Ambiguous => $"{hedge}ambiguous {format(result.Value!.Value)} {format(result.Alternative!.Value)}",
            RecognitionKind.OutOfRange => "out-of-range",
            RecognitionKind.NotRecognized => "not-recognized",
            _ => result.Kind.ToString().ToLowerInvariant(),
        };
    }

    private sealed record CorpusAnswer(string Item, string Locale, string Text, string Expect)
    {
        public static List<CorpusAnswer> Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Recognizers", "answers.yaml");
            var document = new DeserializerBuilder().Build()
                .Deserialize<Dictionary<string, List<Dictionary<string, string>>>>(File.ReadAllText(path));
            return [.. document["answers"].Select(a => new CorpusAnswer(a["item"], a["locale"], a.GetValueOrDefault("text") ?? string.Empty, a["expect"]))];
        }
    }
}

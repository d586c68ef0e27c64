using System.Text.RegularExpressions;
using CoachBot.Coaching.Content;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Advice;

/// <summary>
/// The article's principles (<c>dialogs/principles.yaml</c>) and the advice library
/// (<c>dialogs/advice.yaml</c>), schema-checked as they load: an unknown principle or pattern, a
/// duplicate id, fewer than two phrasings or an unknown placeholder fails with the file and line.
/// </summary>
public sealed partial class AdviceLibrary
{
    public const string PrinciplesFile = "principles.yaml";
    public const string AdviceFile = "advice.yaml";

    private AdviceLibrary(IReadOnlyList<Principle> principles, IReadOnlyList<AdviceItem> items, IReadOnlyList<string> closings, string toneFallback)
    {
        Principles = principles;
        Items = items;
        Closings = closings;
        ToneFallback = toneFallback;
    }

    public IReadOnlyList<Principle> Principles { get; }

    /// <summary>In file order, which is also the order the selector prefers among equally fresh items.</summary>
    public IReadOnlyList<AdviceItem> Items { get; }

    /// <summary>The line that leaves the choice with the person after two options.</summary>
    public IReadOnlyList<string> Closings { get; }

    /// <summary>What is sent instead of a reply that fails the tone check in production.</summary>
    public string ToneFallback { get; }

    public AdviceItem this[string id] => Items.FirstOrDefault(i => i.Id == id) ?? throw new KeyNotFoundException($"No advice item '{id}' in {AdviceFile}.");

    public static AdviceLibrary Load(string directory)
    {
        using var principles = Open(directory, PrinciplesFile);
        using var advice = Open(directory, AdviceFile);
        return Parse(principles, PrinciplesFile, advice, AdviceFile);
    }

    public static AdviceLibrary Parse(TextReader principlesReader, string principlesFile, TextReader adviceReader, string adviceFile)
    {
        var principles = ParsePrinciples(ContentYaml.LoadMapping(principlesReader, principlesFile), principlesFile);
        var root = ContentYaml.LoadMapping(adviceReader, adviceFile);
        ContentYaml.OnlyKeys(root, adviceFile, "the advice file", "replies", "items");

        var replies = ContentYaml.Find(root, "replies") as YamlMappingNode
            ?? throw ContentException.At(adviceFile, root.Start.Line, "'replies' is missing or is not a group of texts.");
        ContentYaml.OnlyKeys(replies, adviceFile, "'replies'", "closing_two", "tone_fallback");
        var closings = ContentYaml.Find(replies, "closing_two") is { } closingNode
            ? ContentYaml.Texts(closingNode, adviceFile, "'closing_two'")
            : throw ContentException.At(adviceFile, replies.Start.Line, "'replies' has no 'closing_two'.");
        var fallback = ContentYaml.Text(replies, "tone_fallback", adviceFile, "'replies'");

        var known = principles.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var items = new List<AdviceItem>();
        foreach (var node in ContentYaml.Sequence(root, "items", adviceFile).Children)
        {
            var item = ParseItem(node, adviceFile, known);
            if (items.FirstOrDefault(i => i.Id == item.Id) is { } first)
            {
                throw ContentException.At(adviceFile, item.Line, $"the advice id '{item.Id}' is used twice (first on line {first.Line}).");
            }

            items.Add(item);
        }

        return new AdviceLibrary(principles, items, closings, fallback);
    }

    private static StreamReader Open(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        return File.Exists(path)
            ? new StreamReader(path)
            : throw new ContentException($"{file}: the content file is missing (looked for {path}).");
    }

    private static List<Principle> ParsePrinciples(YamlMappingNode root, string file)
    {
        ContentYaml.OnlyKeys(root, file, "the principles file", "principles");
        var principles = new List<Principle>();
        foreach (var node in ContentYaml.Sequence(root, "principles", file).Children)
        {
            if (node is not YamlMappingNode entry)
            {
                throw ContentException.At(file, node.Start.Line, "each principle must be a group of id, summary, section and source.");
            }

            ContentYaml.OnlyKeys(entry, file, "a principle", "id", "summary", "section", "source");
            var id = ContentYaml.Text(entry, "id", file, "a principle");
            if (!PrincipleId().IsMatch(id))
            {
                throw ContentException.At(file, entry.Start.Line, $"the principle id '{id}' must look like P-some-name.");
            }

            if (principles.Any(p => p.Id == id))
            {
                throw ContentException.At(file, entry.Start.Line, $"the principle '{id}' is listed twice.");
            }

            var what = $"principle '{id}'";
            principles.Add(new Principle(id, ContentYaml.Text(entry, "summary", file, what), ContentYaml.Text(entry, "section", file, what), ContentYaml.Text(entry, "source", file, what)));
        }

        return principles;
    }

    private static AdviceItem ParseItem(YamlNode node, string file, HashSet<string> principles)
    {
        if (node is not YamlMappingNode entry)
        {
            throw ContentException.At(file, node.Start.Line, "each advice item must be a group of id, principle, when and phrasings.");
        }

        ContentYaml.OnlyKeys(entry, file, "an advice item", "id", "principle", "when", "phrasings");
        var id = ContentYaml.Text(entry, "id", file, "an advice item");
        var what = $"advice item '{id}'";

        var principle = ContentYaml.Text(entry, "principle", file, what);
        if (!principles.Contains(principle))
        {
            throw ContentException.At(file, ContentYaml.Find(entry, "principle")!.Start.Line, $"{what} cites '{principle}', which is not a principle in {PrinciplesFile}.");
        }

        var whenName = ContentYaml.Text(entry, "when", file, what);
        if (!AdvicePatterns.TryParse(whenName, out var when))
        {
            throw ContentException.At(file, ContentYaml.Find(entry, "when")!.Start.Line, $"{what} has when: '{whenName}', which the selector doesn't know (known: {string.Join(", ", AdvicePatterns.AllNames)}).");
        }

        var phrasingNode = ContentYaml.Find(entry, "phrasings") ?? throw ContentException.At(file, entry.Start.Line, $"{what} has no 'phrasings'.");
        var phrasings = phrasingNode is YamlSequenceNode { Children.Count: >= 2 }
            ? ContentYaml.Texts(phrasingNode, file, $"the phrasings of {what}")
            : throw ContentException.At(file, phrasingNode.Start.Line, $"{what} needs a list of two or more phrasings.");

        var allowed = AdvicePatterns.Placeholders(when);
        foreach (var (phrasing, line) in phrasings.Zip(((YamlSequenceNode)phrasingNode).Children.Select(c => c.Start.Line)))
        {
            foreach (Match placeholder in Placeholder().Matches(phrasing))
            {
                if (!allowed.Contains(placeholder.Groups[1].Value, StringComparer.Ordinal))
                {
                    throw ContentException.At(file, line, $"{what} uses {placeholder.Value}, which '{whenName}' doesn't fill (it fills: {(allowed.Count == 0 ? "nothing" : string.Join(", ", allowed.Select(a => "{" + a + "}")))}).");
                }
            }
        }

        return new AdviceItem(id, principle, when, phrasings, entry.Start.Line);
    }

    [GeneratedRegex(@"^P-[a-z]+(?:-[a-z]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PrincipleId();

    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    internal static partial Regex Placeholder();
}

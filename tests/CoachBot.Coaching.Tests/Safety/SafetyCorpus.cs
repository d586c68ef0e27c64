using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Tests.Safety;

/// <summary>The labelled phrasings of <c>safety-corpus.yaml</c>, read once.</summary>
internal static class SafetyCorpus
{
    private static readonly Lazy<IReadOnlyList<(string Label, string Text)>> Items = new(Load);

    public static IReadOnlyList<(string Label, string Text)> All => Items.Value;

    private static List<(string Label, string Text)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Safety", "safety-corpus.yaml");
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return [.. root.Children.SelectMany(group => ((YamlSequenceNode)group.Value).Children
            .Select(item => (((YamlScalarNode)group.Key).Value!, ((YamlScalarNode)item).Value!)))];
    }
}

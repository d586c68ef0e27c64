using CoachBot.Coaching.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Advice;

/// <summary>Reading structured content files with errors that name the file and line.</summary>
internal static class ContentYaml
{
    public static YamlMappingNode LoadMapping(TextReader reader, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw ContentException.At(fileName, ex.Start.Line, "not valid YAML: " + ex.Message);
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw ContentException.At(fileName, 1, "expected one mapping at the top of the file.");
    }

    public static YamlNode? Find(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Value;

    public static YamlSequenceNode Sequence(YamlMappingNode mapping, string key, string fileName) =>
        Find(mapping, key) switch
        {
            YamlSequenceNode { Children.Count: > 0 } list => list,
            null => throw ContentException.At(fileName, mapping.Start.Line, $"'{key}' is missing."),
            var other => throw ContentException.At(fileName, other.Start.Line, $"'{key}' must be a list with at least one entry."),
        };

    public static string Text(YamlMappingNode mapping, string key, string fileName, string what) =>
        Find(mapping, key) switch
        {
            YamlScalarNode scalar => Text(scalar, fileName, $"'{key}' of {what}"),
            null => throw ContentException.At(fileName, mapping.Start.Line, $"{what} has no '{key}'."),
            var other => throw ContentException.At(fileName, other.Start.Line, $"'{key}' of {what} must be text."),
        };

    public static string Text(YamlNode node, string fileName, string what) =>
        node is YamlScalarNode { Value: { } value } && value.Trim() is { Length: > 0 } text
            ? text
            : throw ContentException.At(fileName, node.Start.Line, $"{what} must be non-empty text.");

    public static IReadOnlyList<string> Texts(YamlNode node, string fileName, string what) =>
        node is YamlSequenceNode list
            ? [.. list.Children.Select(item => Text(item, fileName, $"each of {what}"))]
            : [Text(node, fileName, what)];

    /// <summary>A mapping with a fixed set of keys: an unknown key is a typo that would otherwise be silently ignored.</summary>
    public static void OnlyKeys(YamlMappingNode mapping, string fileName, string what, params string[] keys)
    {
        foreach (var key in mapping.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !keys.Contains(name, StringComparer.Ordinal))
            {
                throw ContentException.At(fileName, key.Start.Line, $"{what} has an unknown field '{key}' (known: {string.Join(", ", keys)}).");
            }
        }
    }
}

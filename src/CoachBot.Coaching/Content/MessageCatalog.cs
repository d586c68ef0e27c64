using System.Collections.Frozen;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Content;

/// <summary>
/// The bot's words, loaded from <c>dialogs/messages.yaml</c>: nested mappings flattened to dotted ids
/// (<c>errors.apology</c>), each a string or a list of alternative phrasings.
/// </summary>
public sealed class MessageCatalog
{
    private readonly FrozenDictionary<string, string[]> _messages;

    private MessageCatalog(FrozenDictionary<string, string[]> messages) => _messages = messages;

    /// <summary>Ids every catalog must define; checked at load so a missing one fails start-up, not a turn.</summary>
    public static IReadOnlyList<string> RequiredIds { get; } = [MessageIds.Welcome, MessageIds.Help, MessageIds.Apology, MessageIds.StorageUnavailable];

    public IEnumerable<string> Ids => _messages.Keys;

    /// <summary>The first phrasing of a message.</summary>
    public string this[string id] => Variants(id)[0];

    public IReadOnlyList<string> Variants(string id) =>
        _messages.TryGetValue(id, out var variants) ? variants : throw new KeyNotFoundException($"No message '{id}' in dialogs/messages.yaml.");

    /// <summary>One phrasing chosen by a stable seed, so the same turn always reads the same.</summary>
    public string Pick(string id, int seed)
    {
        var variants = Variants(id);
        return variants[(int)((uint)seed % (uint)variants.Count)];
    }

    public static MessageCatalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ContentException($"{Path.GetFileName(path)}: the content file is missing (looked for {path}).");
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static MessageCatalog Parse(TextReader reader, string fileName)
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

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw ContentException.At(fileName, 1, "expected one mapping of message ids.");
        }

        var messages = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Flatten(root, prefix: null, fileName, messages);
        foreach (var id in RequiredIds)
        {
            if (!messages.ContainsKey(id))
            {
                throw ContentException.At(fileName, 1, $"the required message '{id}' is missing.");
            }
        }

        return new MessageCatalog(messages.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void Flatten(YamlMappingNode mapping, string? prefix, string fileName, Dictionary<string, string[]> into)
    {
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                throw ContentException.At(fileName, keyNode.Start.Line, "a message id must be a plain name.");
            }

            var id = prefix is null ? key : prefix + "." + key;
            into[id] = valueNode switch
            {
                YamlMappingNode nested => Nest(nested, id, fileName, into),
                YamlScalarNode scalar => [Text(scalar, id, fileName)],
                YamlSequenceNode list when list.Children.Count > 0 =>
                    [.. list.Children.Select(item => item is YamlScalarNode s
                        ? Text(s, id, fileName)
                        : throw ContentException.At(fileName, item.Start.Line, $"'{id}' lists something other than text."))],
                _ => throw ContentException.At(fileName, valueNode.Start.Line, $"'{id}' must be text, a list of phrasings, or a group of messages."),
            };
            if (into[id].Length == 0)
            {
                into.Remove(id);
            }
        }
    }

    private static string[] Nest(YamlMappingNode nested, string id, string fileName, Dictionary<string, string[]> into)
    {
        Flatten(nested, id, fileName, into);
        return [];
    }

    private static string Text(YamlScalarNode scalar, string id, string fileName)
    {
        var text = scalar.Value?.Trim();
        return string.IsNullOrEmpty(text)
            ? throw ContentException.At(fileName, scalar.Start.Line, $"'{id}' is empty.")
            : text;
    }
}

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

    /// <summary>The first phrasing with <c>{name}</c> placeholders filled in.</summary>
    public string Format(string id, params (string Name, string Value)[] values)
    {
        var text = this[id];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    public bool Contains(string id) => _messages.ContainsKey(id);

    /// <summary>One phrasing chosen by a stable seed, so the same turn always reads the same.</summary>
    public string Pick(string id, int seed)
    {
        var variants = Variants(id);
        return variants[(int)((uint)seed % (uint)variants.Count)];
    }

    /// <summary>The files of <c>dialogs/</c> that hold words (the others hold structured content).</summary>
    public static IReadOnlyList<string> MessageFiles { get; } = ["messages.yaml", "commands.yaml", "checkin.yaml", "onboarding.yaml", "prompts.yaml", "nighthelp.yaml", "mydata.yaml", "progress.yaml", "safety.yaml", "feedback.yaml"];

    /// <summary>Loads one file (tests, tools).</summary>
    public static MessageCatalog Load(string path)
    {
        var messages = new Dictionary<string, string[]>(StringComparer.Ordinal);
        LoadInto(path, messages);
        return Create(messages, Path.GetFileName(path));
    }

    /// <summary>Loads every message file of a <c>dialogs/</c> folder into one catalog; an id defined twice fails.</summary>
    public static MessageCatalog LoadDirectory(string directory)
    {
        var messages = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var file in MessageFiles)
        {
            var path = Path.Combine(directory, file);
            if (File.Exists(path) || file == "messages.yaml")
            {
                LoadInto(path, messages);
            }
        }

        return Create(messages, "messages.yaml");
    }

    public static MessageCatalog Parse(TextReader reader, string fileName)
    {
        var messages = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ParseInto(reader, fileName, messages);
        return Create(messages, fileName);
    }

    private static void LoadInto(string path, Dictionary<string, string[]> messages)
    {
        if (!File.Exists(path))
        {
            throw new ContentException($"{Path.GetFileName(path)}: the content file is missing (looked for {path}).");
        }

        using var reader = new StreamReader(path);
        ParseInto(reader, path, messages);
    }

    private static MessageCatalog Create(Dictionary<string, string[]> messages, string fileName)
    {
        foreach (var id in RequiredIds)
        {
            if (!messages.ContainsKey(id))
            {
                throw ContentException.At(fileName, 1, $"the required message '{id}' is missing.");
            }
        }

        return new MessageCatalog(messages.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void ParseInto(TextReader reader, string fileName, Dictionary<string, string[]> messages)
    {
        var stream = new YamlStream();
        var text = reader.ReadToEnd();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw ContentException.At(fileName, ex.Start.Line, "not valid YAML: " + ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet gives no position when the file ends inside an open construct (an unclosed [ or {).
            throw new ContentException($"{Path.GetFileName(fileName)}:{text.TrimEnd().Split('\n').Length}: not valid YAML: the file ends inside an unclosed list or mapping.", ex);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw ContentException.At(fileName, 1, "expected one mapping of message ids.");
        }

        Flatten(root, prefix: null, fileName, messages);
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
            if (into.ContainsKey(id))
            {
                throw ContentException.At(fileName, keyNode.Start.Line, $"the message '{id}' is defined twice.");
            }

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

using CoachBot.Coaching.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Tone;

/// <summary>
/// Runs the tone checker over every string of the <c>dialogs/*.yaml</c> files: keys and values, the
/// words the bot says and the words it listens for alike, so nothing banned can reach a reply.
/// </summary>
public static class ToneLint
{
    /// <summary>Every finding in every YAML file of a folder, file by file in name order.</summary>
    public static IReadOnlyList<ContentToneFinding> CheckDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ContentException($"The content folder is missing (looked for {directory}).");
        }

        return [.. Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal).SelectMany(CheckFile)];
    }

    public static IReadOnlyList<ContentToneFinding> CheckFile(string path)
    {
        using var reader = new StreamReader(path);
        return Check(reader, Path.GetFileName(path));
    }

    public static IReadOnlyList<ContentToneFinding> Check(TextReader reader, string fileName)
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

        var findings = new List<ContentToneFinding>();
        foreach (var document in stream.Documents)
        {
            Walk(document.RootNode, fileName, findings);
        }

        return findings;
    }

    /// <summary>Every string scalar under a node, with the line it starts on.</summary>
    public static IEnumerable<YamlScalarNode> Scalars(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                yield return scalar;
                break;
            case YamlSequenceNode sequence:
                foreach (var scalar in sequence.Children.SelectMany(Scalars))
                {
                    yield return scalar;
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    foreach (var scalar in Scalars(key).Concat(Scalars(value)))
                    {
                        yield return scalar;
                    }
                }

                break;
            default:
                break;
        }
    }

    private static void Walk(YamlNode root, string fileName, List<ContentToneFinding> findings)
    {
        foreach (var scalar in Scalars(root))
        {
            var text = scalar.Value ?? string.Empty;
            foreach (var finding in ToneChecker.Check(text))
            {
                findings.Add(new ContentToneFinding(fileName, LineOf(scalar, text, finding.Index), finding.Rule, finding.In(text)));
            }
        }
    }

    /// <summary>The file line of a position inside a scalar; a block scalar's text starts on the line after its indicator.</summary>
    private static long LineOf(YamlScalarNode scalar, string text, int index)
    {
        var newlines = text.AsSpan(0, index).Count('\n');
        var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded ? 1 : 0;
        return scalar.Start.Line + block + newlines;
    }
}

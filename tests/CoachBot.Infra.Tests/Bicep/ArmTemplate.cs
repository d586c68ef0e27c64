using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoachBot.Infra.Tests.Bicep;

/// <summary>
/// A compiled ARM template, with each module as a nested template that knows the deployment
/// (and so the parameter values) it was called with.
/// </summary>
internal sealed partial class ArmTemplate
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ArmTemplate(JsonObject json, ArmTemplate? parent, JsonObject? deployment)
    {
        Json = json;
        Parent = parent;
        Deployment = deployment;
    }

    public JsonObject Json { get; }

    public ArmTemplate? Parent { get; }

    /// <summary>The Microsoft.Resources/deployments resource in the parent that runs this template.</summary>
    public JsonObject? Deployment { get; }

    public static ArmTemplate Parse(string text) =>
        new(JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException("The template is empty."), null, null);

    public IEnumerable<ArmTemplate> SelfAndNested()
    {
        yield return this;
        foreach (var deployment in OwnResources().Where(r => (string?)r["type"] == "Microsoft.Resources/deployments"))
        {
            var inner = deployment["properties"]?["template"]?.AsObject()
                ?? throw new InvalidOperationException($"Deployment {deployment["name"]} has no inline template.");
            foreach (var template in new ArmTemplate(inner, this, deployment).SelfAndNested())
            {
                yield return template;
            }
        }
    }

    public IEnumerable<ArmResource> Resources() =>
        SelfAndNested().SelectMany(template => template.OwnResources().Select(resource => new ArmResource(template, resource)));

    public IEnumerable<ArmResource> ResourcesOfType(string type) =>
        Resources().Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var matches = ResourcesOfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected one {type} in the template, found {matches.Count}.");
        return matches[0];
    }

    public IEnumerable<KeyValuePair<string, JsonNode?>> Outputs() =>
        SelfAndNested().SelectMany(template => template.Json["outputs"]?.AsObject() ?? []);

    /// <summary>
    /// The value at a node, with module parameters, variables and module outputs followed up to the
    /// main template: a whole-value reference gives the value itself (a main-template parameter its
    /// default), and references inside a larger expression are inlined into its text.
    /// </summary>
    public string Resolve(JsonNode? node)
    {
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return node?.ToJsonString(Relaxed) ?? "null";
        }

        if (!IsExpression(text))
        {
            return text;
        }

        if (WholeReference(text, "variables") is { } variable)
        {
            return Resolve(Json["variables"]?[variable]);
        }

        if (WholeReference(text, "parameters") is { } parameter)
        {
            if (Passed(parameter) is ({ } template, var passed))
            {
                return template.Resolve(passed);
            }

            return Json["parameters"]?[parameter]?["defaultValue"] is { } fallback ? Resolve(fallback) : text;
        }

        return $"[{Inline(text[1..^1])}]";
    }

    private string Inline(string expression) =>
        ReferencePattern().Replace(expression, match =>
        {
            if (match.Groups["module"].Success)
            {
                var module = SelfAndNested().FirstOrDefault(t => t.Parent == this && (string?)t.Deployment?["name"] == match.Groups["module"].Value);
                return module?.Json["outputs"]?[match.Groups["output"].Value]?["value"] is { } output
                    ? InlineNode(module, output)
                    : match.Value;
            }

            var name = match.Groups["name"].Value;
            if (match.Groups["function"].Value == "variables")
            {
                return InlineNode(this, Json["variables"]?[name]);
            }

            if (Passed(name) is ({ } template, var passed))
            {
                return InlineNode(template, passed);
            }

            // A parameter of the main template stays a parameter: its value comes at deployment.
            return Deployment is null || Json["parameters"]?[name]?["defaultValue"] is not { } fallback
                ? match.Value
                : InlineNode(this, fallback);
        });

    private static string InlineNode(ArmTemplate template, JsonNode? node)
    {
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return IsExpression(text) ? template.Inline(text[1..^1]) : $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
        }

        return node?.ToJsonString(Relaxed) ?? "null()";
    }

    /// <summary>The value a module was called with for one of its parameters, in the caller's terms.</summary>
    private (ArmTemplate Template, JsonNode? Node)? Passed(string parameter) =>
        Deployment?["properties"]?["parameters"]?[parameter] switch
        {
            null => null,
            JsonObject literal when literal.ContainsKey("value") => (Parent!, literal["value"]),
            var expression => (Parent!, expression),
        };

    private static bool IsExpression(string text) =>
        text.StartsWith('[') && text.EndsWith(']') && !text.StartsWith("[[", StringComparison.Ordinal);

    private static string? WholeReference(string text, string function)
    {
        var match = WholeReferencePattern().Match(text);
        return match.Success && match.Groups["function"].Value == function ? match.Groups["name"].Value : null;
    }

    private IEnumerable<JsonObject> OwnResources() =>
        Json["resources"] switch
        {
            JsonArray array => array.Select(resource => resource!.AsObject()),
            null => [],
            var other => throw new InvalidOperationException($"Unexpected resources node: {other.GetValueKind()}."),
        };

    [GeneratedRegex(@"reference\(resourceId\('Microsoft\.Resources/deployments', '(?<module>[^']+)'\), '[^']+'\)\.outputs\.(?<output>\w+)\.value|(?<function>variables|parameters)\('(?<name>[^']+)'\)")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^\[(?<function>variables|parameters)\('(?<name>[^']+)'\)\]$")]
    private static partial Regex WholeReferencePattern();
}

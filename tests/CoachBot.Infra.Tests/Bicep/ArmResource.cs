using System.Text.Json.Nodes;

namespace CoachBot.Infra.Tests.Bicep;

/// <summary>A resource of a compiled template, read with its parameters followed to their values.</summary>
internal sealed record ArmResource(ArmTemplate Template, JsonObject Json)
{
    public string Type => (string?)Json["type"] ?? "";

    /// <summary>The resolved value at a dotted path, e.g. <c>properties.siteConfig.ftpsState</c>.</summary>
    public string Value(string path) => Template.Resolve(Node(path));

    public JsonNode? Node(string path)
    {
        JsonNode? node = Json;
        foreach (var segment in path.Split('.'))
        {
            node = node?[segment];
        }

        return node;
    }
}

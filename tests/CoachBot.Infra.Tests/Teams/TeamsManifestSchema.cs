using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Infra.Tests.Support;
using Json.Schema;

namespace CoachBot.Infra.Tests.Teams;

/// <summary>The newest Teams manifest schema that the npm package @microsoft/app-manifest ships, read offline.</summary>
internal sealed class TeamsManifestSchema
{
    private static readonly Lazy<TeamsManifestSchema> NewestSchema = new(LoadNewest);
    private readonly JsonSchema _schema;

    private TeamsManifestSchema(string version, JsonSchema schema)
    {
        Version = version;
        _schema = schema;
    }

    /// <summary>The manifest version, e.g. "1.30".</summary>
    public string Version { get; }

    public string SchemaUrl => $"https://developer.microsoft.com/json-schemas/teams/v{Version}/MicrosoftTeams.schema.json";

    public static TeamsManifestSchema Newest => NewestSchema.Value;

    private static TeamsManifestSchema LoadNewest()
    {
        if (!Directory.Exists(InfraPaths.TeamsSchemas))
        {
            Assert.Fail(
                $"The Teams manifest schemas are missing at {InfraPaths.TeamsSchemas}. " +
                "They come from the npm package @microsoft/app-manifest: run `npm ci` at the repository root.");
        }

        var newest = Directory.EnumerateDirectories(InfraPaths.TeamsSchemas, "v1.*")
            .Select(path => Path.GetFileName(path)[1..])
            .Where(name => System.Version.TryParse(name, out _))
            .MaxBy(name => System.Version.Parse(name))
            ?? throw new InvalidOperationException($"No v1.* schema folder under {InfraPaths.TeamsSchemas}.");

        var text = File.ReadAllText(Path.Combine(InfraPaths.TeamsSchemas, $"v{newest}", "MicrosoftTeams.schema.json"));
        var json = JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException("The Teams schema is empty.");

        // The file declares draft-04 but also uses `const` (draft-06) and `if`/`then` (draft-07), and
        // none of draft-04's own forms (boolean exclusiveMinimum/Maximum). Draft-07 reads every keyword
        // in it, and is a dialect the validator knows; a schema update that breaks this shows up here.
        Assert.DoesNotContain("\"exclusiveMaximum\": true", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"exclusiveMinimum\": true", text, StringComparison.Ordinal);
        json["$schema"] = "http://json-schema.org/draft-07/schema#";

        var schema = JsonSchema.FromText(json.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        return new TeamsManifestSchema(newest, schema);
    }

    /// <summary>The schema errors for a manifest, as "location keyword: message" lines; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string manifestJson)
    {
        using var manifest = JsonDocument.Parse(manifestJson);
        var results = _schema.Evaluate(manifest.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Prepend(results)
            .SelectMany(detail => (detail.Errors ?? []).Select(error =>
                string.Create(CultureInfo.InvariantCulture, $"{detail.InstanceLocation} {error.Key}: {error.Value}")))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid, with no error details"];
    }
}

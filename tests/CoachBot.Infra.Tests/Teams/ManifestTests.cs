using System.Text.Json.Nodes;
using CoachBot.Infra.Tests.Support;

namespace CoachBot.Infra.Tests.Teams;

public sealed class ManifestTests
{
    private static JsonNode Manifest => JsonNode.Parse(TeamsPackageFiles.ReadManifest())!;

    [Fact]
    public void Manifest_with_the_app_id_filled_in_is_valid_against_the_newest_shipped_schema()
    {
        var errors = TeamsManifestSchema.Newest.Validate(TeamsPackageFiles.ReadManifestWithAppId(TeamsPackageFiles.SampleAppId));

        Assert.Empty(errors);
    }

    [Fact]
    public void Manifest_still_holding_the_placeholder_is_rejected_by_the_schema()
    {
        var errors = TeamsManifestSchema.Newest.Validate(TeamsPackageFiles.ReadManifest());

        Assert.Contains(errors, error => error.StartsWith("/bots/0/botId ", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_is_on_the_newest_manifest_version_that_the_npm_package_ships()
    {
        var schema = TeamsManifestSchema.Newest;

        Assert.Equal(schema.Version, (string?)Manifest["manifestVersion"]);
        Assert.Equal(schema.SchemaUrl, (string?)Manifest["$schema"]);
    }

    [Fact]
    public void Manifest_has_a_fixed_app_id_and_the_bot_id_as_a_placeholder()
    {
        Assert.True(Guid.TryParse((string?)Manifest["id"], out _), "id must be a fixed GUID");
        Assert.Equal(TeamsPackageFiles.Placeholder, (string?)Manifest["bots"]?[0]?["botId"]);
    }

    [Fact]
    public void Bot_is_conversational_in_personal_scope_only()
    {
        var bots = Manifest["bots"]!.AsArray();
        var bot = Assert.Single(bots)!;

        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.False((bool?)bot["isNotificationOnly"]);
        var commandList = Assert.Single(bot["commandLists"]!.AsArray())!;
        Assert.Equal(["personal"], commandList["scopes"]!.AsArray().Select(scope => (string?)scope));
    }

    [Fact]
    public void Commands_are_help_check_in_settings_and_history_each_with_a_short_description()
    {
        var commands = Manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        Assert.Equal(["help", "check in", "settings", "history"], commands.Select(command => (string?)command!["title"]));
        Assert.All(commands, command =>
        {
            var description = (string?)command!["description"];
            Assert.False(string.IsNullOrWhiteSpace(description));
            Assert.True(description.Length <= 60, $"'{description}' is longer than a short line");
        });
    }

    [Fact]
    public void Developer_links_are_the_example_placeholders_that_the_infra_readme_explains()
    {
        var readme = File.ReadAllText(Path.Combine(InfraPaths.Infra, "README.md"));
        var developer = Manifest["developer"]!;

        Assert.All(
            ["websiteUrl", "privacyUrl", "termsOfUseUrl"],
            key =>
            {
                var url = (string?)developer[key];
                Assert.NotNull(url);
                Assert.StartsWith("https://", url, StringComparison.Ordinal);
                Assert.Contains(url, readme, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Manifest_names_the_two_icons_of_the_package()
    {
        var icons = Manifest["icons"]!;

        Assert.Equal("color.png", (string?)icons["color"]);
        Assert.Equal("outline.png", (string?)icons["outline"]);
        Assert.True(File.Exists(Path.Combine(InfraPaths.Teams, "color.png")));
        Assert.True(File.Exists(Path.Combine(InfraPaths.Teams, "outline.png")));
    }
}

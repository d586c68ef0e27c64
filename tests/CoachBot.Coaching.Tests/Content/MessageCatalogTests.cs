using CoachBot.Coaching.Content;

namespace CoachBot.Coaching.Tests.Content;

public sealed class MessageCatalogTests
{
    private const string Valid = """
        welcome: Hello.
        help: |-
          Here is help.
        errors:
          apology: Sorry.
          storage_unavailable: Not saved.
        fallback:
          not_understood: Pardon?
        """;

    [Fact]
    public void Nested_groups_become_dotted_ids_and_lists_are_phrasings()
    {
        var catalog = MessageCatalog.Parse(new StringReader(Valid + "\nchoices:\n  yes: [Yes, yeah]\n"), "messages.yaml");

        Assert.Equal("Sorry.", catalog[MessageIds.Apology]);
        Assert.Equal(["Yes", "yeah"], catalog.Variants("choices.yes"));
        Assert.Equal("Not saved.", catalog["errors.storage_unavailable"]);
    }

    [Fact]
    public void Placeholders_are_filled_in()
    {
        var catalog = MessageCatalog.Parse(new StringReader(Valid + "\nsummary: \"Slept {value}\"\n"), "messages.yaml");

        Assert.Equal("Slept 7 h", catalog.Format("summary", ("value", "7 h")));
    }

    [Fact]
    public void Malformed_yaml_names_the_file_and_the_line()
    {
        var error = Assert.Throws<ContentException>(() => MessageCatalog.Parse(new StringReader("welcome: Hello.\nhelp: [unclosed\nerrors: x\n"), "messages.yaml"));

        Assert.StartsWith("messages.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"^messages\.yaml:[23]:", error.Message);
    }

    [Fact]
    public void An_empty_message_names_its_line()
    {
        var error = Assert.Throws<ContentException>(() => MessageCatalog.Parse(new StringReader(Valid + "\nbroken: \"\"\n"), "messages.yaml"));

        Assert.StartsWith("messages.yaml:9:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_message_is_refused()
    {
        var error = Assert.Throws<ContentException>(() => MessageCatalog.Parse(new StringReader("welcome: Hello.\n"), "messages.yaml"));

        Assert.Contains("help", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_defined_twice_across_files_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("catalog-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "messages.yaml"), Valid);
            File.WriteAllText(Path.Combine(folder, "checkin.yaml"), "errors:\n  apology: Again.\n");

            var error = Assert.Throws<ContentException>(() => MessageCatalog.LoadDirectory(folder));

            Assert.Equal("checkin.yaml:2: the message 'errors.apology' is defined twice.", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

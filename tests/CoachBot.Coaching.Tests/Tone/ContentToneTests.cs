using CoachBot.Coaching.Content;
using CoachBot.Coaching.Tone;

namespace CoachBot.Coaching.Tests.Tone;

/// <summary>Every string of every content file passes the tone checker; a finding names file and line.</summary>
public sealed class ContentToneTests
{
    /// <summary>The repository's dialogs/ folder itself, so a file added there is checked even before a build copies it.</summary>
    private static string DialogsFolder
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CoachBot.sln")))
                {
                    return Path.Combine(directory.FullName, "dialogs");
                }
            }

            throw new InvalidOperationException($"CoachBot.sln was not found above {AppContext.BaseDirectory}.");
        }
    }

    [Fact]
    public void Every_string_in_every_content_file_passes_the_tone_check()
    {
        var findings = ToneLint.CheckDirectory(DialogsFolder);

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public void The_check_covers_the_principles_and_the_advice()
    {
        var files = Directory.EnumerateFiles(DialogsFolder, "*.yaml").Select(Path.GetFileName);

        Assert.Contains("principles.yaml", files);
        Assert.Contains("advice.yaml", files);
    }

    [Fact]
    public void Keys_values_and_list_items_are_all_checked_with_their_lines()
    {
        const string yaml = """
            greeting: Hello.
            nested:
              scold: That was a bad night.
              list:
                - fine
                - You should rest.
              block: |-
                First line is fine.
                Great job!!
            streak: calm words
            """;

        var findings = ToneLint.Check(new StringReader(yaml), "sample.yaml");

        Assert.Equal(
            ["sample.yaml:3: bad-night", "sample.yaml:6: you-should", "sample.yaml:9: great-job", "sample.yaml:10: streak"],
            findings.Select(f => $"{f.File}:{f.Line}: {f.Rule}"));
    }

    [Fact]
    public void A_finding_reads_as_file_line_and_rule()
    {
        var finding = Assert.Single(ToneLint.Check(new StringReader("a: Don't worry."), "messages.yaml"));

        Assert.Equal("messages.yaml:1: tone rule 'dont-worry' (Don't worry)", finding.ToString());
    }

    [Fact]
    public void Broken_yaml_fails_naming_the_file()
    {
        var error = Assert.Throws<ContentException>(() => ToneLint.Check(new StringReader("a: [unclosed"), "broken.yaml"));

        Assert.StartsWith("broken.yaml:", error.Message, StringComparison.Ordinal);
    }
}

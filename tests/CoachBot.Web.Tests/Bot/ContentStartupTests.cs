using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Bot;

public sealed class ContentStartupTests
{
    [Fact]
    public void A_malformed_content_file_stops_start_up_naming_the_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("coachbot-content-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "dialogs"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "checkin.yaml"), "checkin:\n  intro: Good morning.\n  bed_time: [unclosed\n");
        using var factory = new CoachBotFactory().With("Content:Directory", folder);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Matches(@"checkin\.yaml:[34]:", messages);
        Directory.Delete(folder, recursive: true);
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}

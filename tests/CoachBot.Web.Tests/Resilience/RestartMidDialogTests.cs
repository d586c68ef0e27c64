using CoachBot.Coaching.Content;
using CoachBot.Storage.FileSystem;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Resilience;

public sealed class RestartMidDialogTests
{
    [Fact]
    public async Task A_check_in_interrupted_by_a_kill_continues_at_the_same_question_and_the_entry_is_complete()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Directory.CreateTempSubdirectory("coachbot-restart-").FullName;
        var settings = new Dictionary<string, string> { ["Storage:File:Directory"] = data, ["LocalWebChannel:Enabled"] = "false" };
        var store = new FileStore(data);
        await Chat.SeedOnboardedUserAsync(store, "test", "sam");
        var words = Words.Messages;

        var first = await BotProcess.StartAsync(settings, ct);
        var port = first.Port;
        Chat chat;
        using (var client = new HttpClient { BaseAddress = first.BaseAddress })
        {
            chat = new Chat(client, "restart-1", "sam");
            await chat.SayAsync("check in");
            await chat.SayAsync("11pm");
            Assert.Equal([words["checkin.sol.ask"]], await chat.SayAsync("same"));
            await first.KillAsync();
        }

        await first.DisposeAsync();
        await using var second = await BotProcess.StartAsync(settings, ct, port);
        using var again = new HttpClient { BaseAddress = second.BaseAddress };
        var resumed = new Chat(again, "restart-1", "sam");
        foreach (var _ in Enumerable.Range(0, 3))
        {
            resumed.Message(null);
        }

        Assert.Equal([words["checkin.wakings.ask"]], await resumed.SayAsync("20 min"));
        foreach (var answer in new[] { "none", "7am", "same", "good", "3", "2" })
        {
            await resumed.SayAsync(answer);
        }

        var end = await resumed.SayAsync("no");
        Assert.Contains(words["checkin.summary.saved"], end);

        var night = Assert.Single((await Chat.ReadUserAsync(store, "test", "sam"))!.Diary);
        Assert.Equal((new TimeOnly(23, 0), new TimeOnly(23, 0), 20, 0, new TimeOnly(7, 0), new TimeOnly(7, 0)), (night.BedTime!.Value, night.TryTime!.Value, night.SolMinutes!.Value, night.Wakings!.Value, night.FinalWake!.Value, night.OutOfBed!.Value));
        Assert.Equal((4, 3, 2), (night.Quality!.Value, night.PainNight!.Value, night.PainNow!.Value));
        Directory.Delete(data, recursive: true);
    }
}

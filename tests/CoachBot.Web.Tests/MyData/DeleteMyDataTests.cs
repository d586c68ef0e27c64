using System.Text;
using CoachBot.Coaching.Content;
using CoachBot.Storage;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.MyData;

/// <summary><c>delete my data</c>: confirmed, then every stored trace of the person is gone (checked on the store's own files).</summary>
public sealed class DeleteMyDataTests : IDisposable
{
    private const string UserId = "eraseme";

    // Values only this person's diary holds, to look for in every stored file.
    private const string Note = "marmalade-cat";
    private const string BedTime = "22:47";

    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public DeleteMyDataTests()
    {
        _factory = new CoachBotFactory().WithServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Morning))));
        _client = _factory.CreateClient();
    }

    private static MessageCatalog W => Words.Messages;

    private IStore Store => _factory.Services.GetRequiredService<IStore>();

    private string StateDirectory => Path.Combine(_factory.DataDirectory, "state");

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Answering_no_keeps_everything()
    {
        var chat = await PersonWithADiaryAsync();

        Assert.Equal([W["mydata.delete.ask"]], await chat.SayAsync("delete my data"));
        Assert.Equal([W["mydata.delete.kept"]], await chat.SayAsync("no"));

        var user = await Chat.ReadUserAsync(Store, "test", UserId);
        Assert.Equal(10, user!.Diary.Count);
        Assert.Contains(user.Diary, n => n.Note == Note);
        Assert.Contains(TracesOfThePerson(), t => t.Contains(UserId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answering_yes_removes_every_trace_from_the_store_and_the_next_message_meets_a_new_person()
    {
        var chat = await PersonWithADiaryAsync();
        var other = new Chat(_client, "conv-erase-b", UserId);
        await other.SayAsync("hello");
        await chat.SayAsync("export");
        var before = TracesOfThePerson();
        Assert.Contains(before, t => t.StartsWith("name:", StringComparison.Ordinal) && t.Contains("conv-erase-b", StringComparison.Ordinal));
        Assert.Contains(before, t => t.Contains(Note, StringComparison.Ordinal) && t.Contains("exports", StringComparison.Ordinal));
        Assert.Contains(before, t => t.Contains("schedule", StringComparison.Ordinal));

        Assert.Equal([W["mydata.delete.ask"]], await chat.SayAsync("delete my data"));
        Assert.Equal([W["mydata.delete.done"]], await chat.SayAsync("yes"));

        Assert.Empty(TracesOfThePerson());
        Assert.Null(await Chat.ReadUserAsync(Store, "test", UserId));

        var replies = await chat.SayAsync("hello");
        Assert.Equal(W[MessageIds.Welcome], replies[0]);
        Assert.Equal(W["onboarding.timezone.ask"], replies[^1]);
    }

    private async Task<Chat> PersonWithADiaryAsync()
    {
        var diary = DiarySeed.TenNights();
        diary[^1] = diary[^1] with { Note = Note, BedTime = new TimeOnly(22, 47) };
        await DiarySeed.SeedAsync(Store, "test", UserId, diary);
        var chat = new Chat(_client, "conv-erase-a", UserId);
        await chat.SayAsync("hello");
        return chat;
    }

    /// <summary>
    /// Every stored file whose (encoded) name mentions the person's id or one of their conversations, or whose
    /// content mentions their id or holds one of their diary values. The ids are lower case and plain, so the
    /// file store's encoded names carry them as they are.
    /// </summary>
    private List<string> TracesOfThePerson()
    {
        var traces = new List<string>();
        foreach (var path in Directory.EnumerateFiles(StateDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(StateDirectory, path);
            if (relative.Contains(UserId, StringComparison.Ordinal) || relative.Contains("conv-erase", StringComparison.Ordinal))
            {
                traces.Add("name: " + relative);
            }

            var content = Encoding.UTF8.GetString(File.ReadAllBytes(path));
            foreach (var value in new[] { UserId, Note, BedTime })
            {
                if (content.Contains(value, StringComparison.Ordinal))
                {
                    traces.Add($"content: {relative} holds {value}");
                }
            }
        }

        return traces;
    }
}

using System.Net;
using System.Text;
using CoachBot.Web.Tests.Support;
using CoachBot.Web.Tests.WebChannel;

namespace CoachBot.Web.Tests.MyData;

/// <summary>"delete my data" on the local web channel also removes the channel's transcript of the conversation.</summary>
public sealed class WebChannelDeletionTests
{
    [Fact]
    public async Task Deleting_from_web_chat_mid_onboarding_removes_state_and_transcript_from_the_store()
    {
        await using var host = WebChannelHost.Start();
        var (session, greeting) = await host.DirectLine.StartGreetedAsync();
        var state = Path.Combine(host.DataDirectory, "state");

        using (var ask = await host.DirectLine.SendMessageAsync(session, "delete my data"))
        {
            Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        }

        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId, greeting.WatermarkText);
        Assert.Contains(page.Activities, a => a.TryGetProperty("text", out var t) && t.GetString() == Words.Messages["mydata.delete.ask"]);
        Assert.NotEmpty(Traces(state, session.UserId, session.ConversationId));

        using (var yes = await host.DirectLine.SendMessageAsync(session, "yes"))
        {
            Assert.Equal(HttpStatusCode.OK, yes.StatusCode);
        }

        Assert.Empty(Traces(state, session.UserId, session.ConversationId));
        host.AssertNoServerErrors();
    }

    /// <summary>Stored files whose name (as the file store encodes it: upper case escaped) or content holds one of the ids.</summary>
    private static List<string> Traces(string directory, params string[] ids)
    {
        var names = ids.SelectMany(id => new[] { id, EncodedForFiles(id) }).ToArray();
        var traces = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, path);
            var content = Encoding.UTF8.GetString(File.ReadAllBytes(path));
            traces.AddRange(names.Where(n => relative.Contains(n, StringComparison.Ordinal)).Select(n => "name: " + relative));
            traces.AddRange(ids.Where(id => content.Contains(id, StringComparison.Ordinal)).Select(id => "content: " + relative));
        }

        return traces;
    }

    private static string EncodedForFiles(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterUpper(c) ? "%" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
}

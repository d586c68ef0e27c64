using System.Net;
using CoachBot.Coaching.Scheduling;
using CoachBot.Storage;
using CoachBot.Web.Scheduling;
using CoachBot.Web.Tests.Support;
using CoachBot.Web.Tests.WebChannel;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>A prompt to a web user goes through the real Connector client to the local channel and shows in their Direct Line conversation.</summary>
public sealed class WebChannelPromptTests
{
    [Fact]
    public async Task A_scheduled_prompt_lands_in_the_web_conversation_and_is_there_when_the_page_is_reopened()
    {
        await using var host = WebChannelHost.Start(f => f.With("Prompts:Enabled", "false").With("Prompts:SendsPerSecond", "0"));
        var store = host.Services.GetRequiredService<IStore>();
        var session = await host.DirectLine.GetSessionAsync();
        await Chat.SeedOnboardedUserAsync(store, "webchat", session.UserId);
        using (var started = await host.DirectLine.StartAsync(session.Token))
        {
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        }

        var greeting = await host.DirectLine.PollAsync(session.Token, session.ConversationId);
        var user = await Chat.ReadUserAsync(store, "webchat", session.UserId);
        Assert.Equal(session.ConversationId, user!.ConversationReference!.Conversation!.Id);
        var due = PromptSchedule.NextDue(user, host.Services.GetRequiredService<TimeProvider>().GetUtcNow())!;

        var result = await host.Services.GetRequiredService<PromptTick>().RunAsync(due.Instant, TestContext.Current.CancellationToken);

        Assert.Equal(1, result.Sent);
        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId, greeting.WatermarkText);
        var prompt = Assert.Single(page.Activities);
        Assert.Equal(Words.Messages["prompts.morning.text"], prompt.GetProperty("text").GetString());
        Assert.Equal("bot", prompt.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(Words.Messages["prompts.morning.button"], prompt.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("title").GetString());

        var reopened = await host.DirectLine.GetSessionAsync(resume: session.Resume);
        Assert.Equal(session.ConversationId, reopened.ConversationId);
        var history = await host.DirectLine.PollAsync(reopened.Token, reopened.ConversationId);
        Assert.Contains(history.Activities, a => a.TryGetProperty("text", out var text) && text.GetString() == Words.Messages["prompts.morning.text"]);
        host.AssertNoServerErrors();
    }
}

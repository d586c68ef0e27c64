using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>A Direct Line token is bound to one user and one conversation, expires, and can be refreshed while valid.</summary>
public sealed class DirectLineTokenTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 24, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_token_can_neither_read_nor_write_another_conversation()
    {
        await using var host = WebChannelHost.Start();
        var mine = await host.DirectLine.StartNewAsync();
        var theirs = await host.DirectLine.StartNewAsync();

        using var read = await host.DirectLine.PollRawAsync(mine.Token, theirs.ConversationId);
        using var write = await host.DirectLine.SendMessageAsync(mine with { ConversationId = theirs.ConversationId }, "help");
        using var reconnect = await host.DirectLine.ReconnectAsync(mine.Token, theirs.ConversationId);
        var theirHistory = await host.DirectLine.PollAsync(theirs.Token, theirs.ConversationId);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.DoesNotContain("help", theirHistory.Texts);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_missing_or_tampered_token_is_refused()
    {
        await using var host = WebChannelHost.Start();
        var session = await host.DirectLine.StartNewAsync();
        var tampered = session.Token[..^2] + (session.Token[^2] == 'A' ? "B" : "A") + session.Token[^1];

        using var none = await host.DirectLine.PollRawAsync(null, session.ConversationId);
        using var forged = await host.DirectLine.PollRawAsync(tampered, session.ConversationId);
        using var resumeTicketAsToken = await host.DirectLine.PollRawAsync(session.Resume, session.ConversationId);
        using var garbage = await host.DirectLine.PollRawAsync("not-a-token", session.ConversationId);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, resumeTicketAsToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task An_expired_token_is_refused_and_cannot_be_refreshed()
    {
        var clock = new FakeTimeProvider(Morning);
        await using var host = WebChannelHost.Start(f => f
            .With("LocalWebChannel:TokenLifetime", "00:30:00")
            .WithServices(s => s.AddSingleton<TimeProvider>(clock)));
        var session = await host.DirectLine.StartNewAsync();
        Assert.Equal(1800, session.ExpiresIn);

        clock.Advance(TimeSpan.FromMinutes(31));
        using var poll = await host.DirectLine.PollRawAsync(session.Token, session.ConversationId);
        using var post = await host.DirectLine.SendMessageAsync(session, "help");
        using var refresh = await host.DirectLine.RefreshAsync(session.Token);

        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_refreshed_token_keeps_the_conversation_and_outlives_the_old_one()
    {
        var clock = new FakeTimeProvider(Morning);
        await using var host = WebChannelHost.Start(f => f
            .With("LocalWebChannel:TokenLifetime", "00:30:00")
            .WithServices(s => s.AddSingleton<TimeProvider>(clock)));
        var session = await host.DirectLine.StartNewAsync();

        clock.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await host.DirectLine.RefreshAsync(session.Token);
        var refreshed = await DirectLineTestClient.ReadAsync(refresh);
        var fresh = refreshed.GetProperty("token").GetString()!;
        clock.Advance(TimeSpan.FromMinutes(20));
        using var old = await host.DirectLine.PollRawAsync(session.Token, session.ConversationId);
        var page = await host.DirectLine.PollAsync(fresh, session.ConversationId);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(session.ConversationId, refreshed.GetProperty("conversationId").GetString());
        Assert.Equal(1800, refreshed.GetProperty("expires_in").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Activities);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Coming_back_with_the_resume_ticket_continues_the_same_conversation()
    {
        var clock = new FakeTimeProvider(Morning);
        await using var host = WebChannelHost.Start(f => f.WithServices(s => s.AddSingleton<TimeProvider>(clock)));
        var yesterday = await host.DirectLine.StartNewAsync();

        clock.Advance(TimeSpan.FromDays(1));
        var today = await host.DirectLine.GetSessionAsync(yesterday.Resume);
        var history = await host.DirectLine.PollAsync(today.Token, today.ConversationId);

        Assert.True(today.Resumed);
        Assert.Equal(yesterday.UserId, today.UserId);
        Assert.Equal(yesterday.ConversationId, today.ConversationId);
        Assert.NotEqual(yesterday.Token, today.Token);
        Assert.NotEmpty(history.Activities);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Starting_over_keeps_the_user_and_begins_a_new_conversation()
    {
        await using var host = WebChannelHost.Start();
        var first = await host.DirectLine.StartNewAsync();

        var fresh = await host.DirectLine.GetSessionAsync(first.Resume, startOver: true);
        using var started = await host.DirectLine.StartAsync(fresh.Token);
        using var oldConversation = await host.DirectLine.PollRawAsync(fresh.Token, first.ConversationId);

        Assert.False(fresh.Resumed);
        Assert.Equal(first.UserId, fresh.UserId);
        Assert.NotEqual(first.ConversationId, fresh.ConversationId);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, oldConversation.StatusCode);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_visitor_without_a_valid_resume_ticket_gets_a_new_user_and_conversation()
    {
        await using var host = WebChannelHost.Start();
        var first = await host.DirectLine.StartNewAsync();

        var stranger = await host.DirectLine.GetSessionAsync("forged." + first.Resume.Split('.')[1]);

        Assert.False(stranger.Resumed);
        Assert.NotEqual(first.UserId, stranger.UserId);
        Assert.NotEqual(first.ConversationId, stranger.ConversationId);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Tokens_are_signed_with_a_key_generated_in_the_data_directory()
    {
        await using var host = WebChannelHost.Start();
        await host.DirectLine.StartNewAsync();

        var keyFile = Path.Combine(host.DataDirectory, "webchannel-signing.key");
        Assert.True(File.Exists(keyFile), keyFile);
        Assert.Equal(32, Convert.FromBase64String(await File.ReadAllTextAsync(keyFile, TestContext.Current.CancellationToken)).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
    }
}

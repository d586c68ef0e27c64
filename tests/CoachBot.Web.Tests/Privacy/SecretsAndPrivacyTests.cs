using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Schema;
using CoachBot.Storage;
using CoachBot.Web.Tests.Faults;
using CoachBot.Web.Tests.Support;
using CoachBot.Web.Tests.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Privacy;

/// <summary>
/// A whole check-in with a real app id and password: signed channel tokens in, the bot's own token out to the
/// Connector. Then every log line (all levels, all categories) and every span and measurement is searched for the
/// password, both tokens, the person's words and name, and the diary's values.
/// </summary>
public sealed class SecretsAndPrivacyTests
{
    private const string AppId = "5f0c2b1e-7a4d-4c8e-9b3a-1d2e3f4a5b6c";
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_conversation_with_an_app_password_leaves_no_secret_token_words_or_diary_values_in_logs_or_telemetry()
    {
        var password = "pw-" + Guid.NewGuid().ToString("N") + "~Zq.";
        var authority = new ChannelAuthority();
        var logs = new CapturingLoggerProvider();
        using var capture = new TelemetryCapture();
        await using var connector = await FakeConnector.StartAsync(Ct);
        using var factory = TelemetryHost.Create(capture)
            .With("MicrosoftAppType", "MultiTenant")
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", password)
            .With("Connector:TrustedServiceUrls:0", connector.ServiceUrl)
            .With("Logging:LogLevel:Default", "Trace")
            .With("Logging:LogLevel:Microsoft", "Trace")
            .With("Logging:LogLevel:System", "Trace")
            .WithServices(s =>
            {
                s.AddSingleton<ILoggerProvider>(logs);
                s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Morning)));
                s.AddHttpClient(BotAuthenticationOptions.OpenIdMetadataHttpClientName).ConfigurePrimaryHttpMessageHandler(authority.MetadataHandler);
                s.AddHttpClient("BotFramework.Token").ConfigurePrimaryHttpMessageHandler(authority.TokenHandler);
            });
        capture.ListenTo(factory.Services);
        using var client = factory.CreateClient();

        const string Name = "Ottoline Brackenbury";
        const string Note = "Heating pad helped my lower back around 3am";
        var userId = "29:" + Guid.NewGuid().ToString("N");
        var conversationId = "a:" + Guid.NewGuid().ToString("N");
        await Chat.SeedOnboardedUserAsync(factory.Services.GetRequiredService<IStore>(), "test", userId);
        string[] answers = ["check in", "10:25pm", "10:40pm", "35 min", "twice", "50 min", "6:10am", "6:45am", "fair", "7", "4", Note];

        for (var turn = 0; turn < answers.Length; turn++)
        {
            var activity = Activities.Message(conversationId, answers[turn], id: $"turn-{turn}", userId: userId, serviceUrl: connector.ServiceUrl, expectReplies: false);
            activity.From!.Name = Name;
            Assert.Equal(HttpStatusCode.OK, await PostAsync(client, activity, authority.InboundToken(AppId, connector.ServiceUrl, Morning)));
        }

        // The conversation really happened, over the authenticated path both ways.
        var sent = connector.Sent.Select(a => a.Text).ToArray();
        Assert.Contains(CheckInScript.Words()["checkin.summary.saved"], sent);
        Assert.All(connector.Calls, call => Assert.Equal("Bearer " + authority.OutboundToken, call.Authorization));
        var night = Assert.Single((await Chat.ReadUserAsync(factory.Services.GetRequiredService<IStore>(), "test", userId))!.Diary);
        Assert.Equal(Note, night.Note);

        string[] secrets = [password, authority.OutboundToken, .. authority.InboundTokens, .. authority.InboundTokens.Select(t => t.Split('.')[2])];
        string[] words = [Name, "Ottoline", "Brackenbury", Note, "Heating pad", "lower back", "10:25pm", "10:40pm", "6:10am", "6:45am", "35 min", "50 min"];
        string[] diaryValues = ["22:25", "22:40", "06:10", "06:45", "6:10", "6:45"];
        string[] ids = [userId, conversationId];

        Assert.NotEmpty(logs.Lines);
        Assert.Empty(PrivacyScan.Leaks(logs.Lines, [.. secrets, .. words, .. diaryValues]));
        Assert.Empty(PrivacyScan.Leaks(capture.AllStrings(), [.. secrets, .. words, .. diaryValues, .. ids]));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, Activity activity, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }
}

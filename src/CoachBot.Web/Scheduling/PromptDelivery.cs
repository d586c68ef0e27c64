using System.Buffers;
using System.Net;
using System.Text.Json;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Scheduling;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;

namespace CoachBot.Web.Scheduling;

/// <summary>
/// Sends one morning prompt through the Connector into the person's stored conversation. A reference without a
/// conversation id (a Teams user who never chatted 1:1) gets the personal conversation created first, with the
/// tenant id in both places Teams reads it (PROTOCOL.md §2.4). Failures come back as outcomes, not exceptions.
/// </summary>
internal sealed class PromptDelivery(IConnectorClient connector, MessageCatalog messages, SendPacer pacer, TimeProvider timeProvider)
{
    public async Task<DeliveryResult> SendAsync(UserData user, CancellationToken cancellationToken)
    {
        if (user.ConversationReference is not { ServiceUrl.Length: > 0 } reference)
        {
            return new DeliveryResult(DeliveryOutcome.Failed);
        }

        string? created = null;
        try
        {
            if (reference.Conversation?.Id is not { Length: > 0 })
            {
                await pacer.WaitAsync(cancellationToken);
                var response = await connector.CreateConversationAsync(reference.ServiceUrl, PersonalConversation(reference), cancellationToken);
                if (response.Id is not { Length: > 0 } id)
                {
                    return new DeliveryResult(DeliveryOutcome.Failed);
                }

                created = id;
                reference = WithConversation(reference, id);
            }

            var activity = MorningPrompt.Create(messages, user, reference);
            await pacer.WaitAsync(cancellationToken);
            await connector.SendToConversationAsync(activity, cancellationToken);
            if (MorningPrompt.WeeklySummary(messages, user, reference, timeProvider.GetUtcNow()) is { } summary)
            {
                // Best effort: the prompt went out, so a failure here must not send it again.
                try
                {
                    await pacer.WaitAsync(cancellationToken);
                    await connector.SendToConversationAsync(summary, cancellationToken);
                }
                catch (ConnectorException)
                {
                }
            }
            return new DeliveryResult(DeliveryOutcome.Sent, CreatedConversationId: created);
        }
        catch (ConnectorException ex)
        {
            return new DeliveryResult(Classify(ex.StatusCode), (int?)ex.StatusCode, ex.ErrorCode, created);
        }
    }

    /// <summary>PROTOCOL.md §4: 403 (MessageWritesBlocked and the like) and 404 stop prompting; the retry list is the Connector's.</summary>
    internal static DeliveryOutcome Classify(HttpStatusCode? status) => status switch
    {
        HttpStatusCode.Forbidden or HttpStatusCode.NotFound => DeliveryOutcome.Unreachable,
        null or HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout => DeliveryOutcome.Retry,
        HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => DeliveryOutcome.Retry,
        _ => DeliveryOutcome.Failed,
    };

    private static ConversationParameters PersonalConversation(ConversationReference reference)
    {
        var tenant = reference.Conversation?.TenantId;
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = reference.Bot,
            Members = reference.User is null ? [] : [reference.User],
            TenantId = tenant,
            ChannelData = tenant is null ? null : TenantChannelData(tenant),
        };
    }

    private static JsonElement TenantChannelData(string tenant)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("tenant");
            writer.WriteString("id", tenant);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    internal static ConversationReference WithConversation(ConversationReference reference, string conversationId) => new()
    {
        ActivityId = reference.ActivityId,
        User = reference.User,
        Bot = reference.Bot,
        ChannelId = reference.ChannelId,
        Locale = reference.Locale,
        ServiceUrl = reference.ServiceUrl,
        Properties = reference.Properties,
        Conversation = new ConversationAccount
        {
            Id = conversationId,
            IsGroup = false,
            ConversationType = "personal",
            TenantId = reference.Conversation?.TenantId,
        },
    };
}

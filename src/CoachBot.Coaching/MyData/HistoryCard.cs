using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Coaching.CheckIn;
using CoachBot.Coaching.Content;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.MyData;

/// <summary>The history as an Adaptive Card: one row of four columns per night, for channels that show cards.</summary>
internal static class HistoryCard
{
    public static Activity Create(TurnContext turn, MessageCatalog messages, IReadOnlyList<HistoryRow> rows)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = messages[MyDataIds.CardTitle], ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            Row(messages[MyDataIds.CardNight], messages[MyDataIds.CardInBed], messages[MyDataIds.CardSleep], messages[MyDataIds.CardPain], bold: true),
        };
        foreach (var row in rows)
        {
            body.Add(Row(row.Night, row.InBed, row.Sleep, row.Pain, bold: false));
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        var reply = turn.Activity.CreateReply();
        reply.ReplyToId = null;
        reply.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(card, CardJson.Default.JsonObject) }];
        return reply;
    }

    private static JsonObject Row(string night, string inBed, string sleep, string pain, bool bold)
    {
        JsonObject Column(string text, string width) => new()
        {
            ["type"] = "Column",
            ["width"] = width,
            ["items"] = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true, ["weight"] = bold ? "Bolder" : "Default" } },
        };

        return new JsonObject
        {
            ["type"] = "ColumnSet",
            ["spacing"] = "Small",
            ["columns"] = new JsonArray { Column(night, "3"), Column(inBed, "2"), Column(sleep, "2"), Column(pain, "2") },
        };
    }
}

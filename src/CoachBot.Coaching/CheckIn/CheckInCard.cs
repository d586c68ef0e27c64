using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Coaching.Content;
using CoachBot.Dialogs.Recognizers;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.CheckIn;

/// <summary>
/// The whole check-in as one Adaptive Card 1.5 form with <c>Action.Submit</c>, for channels that show
/// cards (Teams, Web Chat). The submit arrives as a message whose <c>value</c> holds the inputs as strings.
/// </summary>
internal static class CheckInCard
{
    private static readonly string[] CardChannels = ["msteams", "webchat", "directline", "emulator"];

    public static bool ChannelShowsCards(string? channelId) =>
        channelId is not null && CardChannels.Contains(channelId, StringComparer.OrdinalIgnoreCase);

    public static bool IsSubmit(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty(CheckInIds.CardSubmitKey, out var marker)
        && marker.ValueKind == JsonValueKind.String
        && marker.GetString() == CheckInIds.CardSubmitValue;

    public static Activity Create(TurnContext turn, MessageCatalog messages, bool askNaps)
    {
        string Label(string id) => messages["checkin.card." + id];
        JsonObject Time(string id) => new() { ["type"] = "Input.Time", ["id"] = id, ["label"] = Label(id) };
        JsonObject Number(string id, int min, int max) => new() { ["type"] = "Input.Number", ["id"] = id, ["label"] = Label(id), ["min"] = min, ["max"] = max };

        var quality = new JsonArray();
        for (var i = 0; i < CheckInIds.QualityChoices.Length; i++)
        {
            quality.Add(new JsonObject { ["title"] = messages.Variants("checkin.quality.choices." + CheckInIds.QualityChoices[i])[0], ["value"] = (i + 1).ToString(CultureInfo.InvariantCulture) });
        }

        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = Label("title"), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            Time("bed_time"),
            Time("try_time"),
            Number("sol", 0, 600),
            Number("wakings", 0, 30),
            Number("waso", 0, 720),
            Time("final_wake"),
            Time("out_of_bed"),
            new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "quality", ["label"] = Label("quality"), ["style"] = "compact", ["choices"] = quality },
            Number("pain_night", 0, 10),
            Number("pain_now", 0, 10),
        };
        if (askNaps)
        {
            body.Add(Number("naps", 0, 480));
        }

        body.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "note", ["label"] = Label("note"), ["isMultiline"] = true, ["maxLength"] = 500 });
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JsonArray
            {
                new JsonObject { ["type"] = "Action.Submit", ["title"] = Label("save"), ["data"] = new JsonObject { [CheckInIds.CardSubmitKey] = CheckInIds.CardSubmitValue } },
            },
        };

        var reply = turn.Activity.CreateReply();
        reply.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(card, CardJson.Default.JsonObject) }];
        return reply;
    }

    /// <summary>Reads the submitted inputs; a blank or unreadable field leaves the item empty (never a rejected form).</summary>
    public static void Apply(Activity activity, CheckInDraft draft)
    {
        var value = activity.Value!.Value;
        var culture = CultureInfo.GetCultureInfo("en-GB");
        string? Field(string id) =>
            value.TryGetProperty(id, out var field) && field.ValueKind == JsonValueKind.String && field.GetString() is { Length: > 0 and <= 500 } text ? text : null;
        TimeOnly? Time(string id) => Field(id) is { } text && TimeOfDayRecognizer.Recognize(text, culture) is { Kind: RecognitionKind.Recognized, Value: { } time } ? time : null;
        int? Number(string id, int min, int max) =>
            Field(id) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

        draft.BedTime = Time("bed_time");
        draft.TryTime = Time("try_time") ?? draft.BedTime;
        draft.SolMinutes = Number("sol", 0, 600);
        draft.Wakings = Number("wakings", 0, 30);
        draft.WasoMinutes = draft.Wakings == 0 ? 0 : Number("waso", 0, 720);
        draft.FinalWake = Time("final_wake");
        draft.OutOfBed = Time("out_of_bed") ?? draft.FinalWake;
        draft.Quality = Number("quality", 1, 5);
        draft.PainNight = Number("pain_night", 0, 10);
        draft.PainNow = Number("pain_now", 0, 10);
        draft.NapMinutes = Number("naps", 0, 480);
        draft.Note = Field("note")?.Trim() is { Length: > 0 } note ? note : null;
    }
}

using System.Text;
using System.Text.Json.Nodes;

namespace CoachBot.Web.Tests.Fuzz;

/// <summary>
/// Seeded mutations of a valid activity: wrong types, nulls, missing fields, deep nesting, huge arrays and strings,
/// lone surrogates in JSON escapes, control characters and traversal in ids, unknown types, odd content types and
/// bodies that are not activities at all. The same seed gives the same cases, so a failure can be replayed.
/// Service URLs are only ever loopback, dead or invalid: nothing the fuzzer sends can reach another machine.
/// </summary>
public sealed class ActivityFuzzer(int seed)
{
    /// <summary>Stands for a lone surrogate until the JSON is written; the escape is spliced in as raw text.</summary>
    private const string LoneHigh = "\u2063LONEHIGH\u2063";
    private const string LoneLow = "\u2063LONELOW\u2063";

    /// <summary>Stands for nesting deeper than the JSON writer allows; replaced, quotes and all, by raw brackets.</summary>
    private const string DeepMarker = "\u2063DEEP\u2063";

    private static readonly string[] IdFields = ["id", "channelId", "conversation.id", "from.id", "recipient.id", "replyToId"];

    private static readonly string[] AnyFields =
    [
        "type", "id", "channelId", "serviceUrl", "text", "locale", "localTimezone", "timestamp", "localTimestamp", "deliveryMode",
        "conversation", "conversation.id", "conversation.tenantId", "from", "from.id", "from.name", "recipient", "recipient.id",
        "channelData", "value", "attachments", "membersAdded", "entities", "suggestedActions", "name", "textFormat", "inputHint",
    ];

    private static readonly string[] HostileIds =
    [
        "../../../../tmp/FUZZ-ESCAPE", "..", ".", "./.", "a/../../FUZZ-ESCAPE", "..\\..\\FUZZ-ESCAPE", "/etc/passwd", "C:\\Windows\\win.ini",
        "\u0000", "\u0001\u0002\u0003", "a\nb\rc\td", "con", "NUL", "com1", "lpt9.txt", "%2e%2e%2fFUZZ-ESCAPE", "~", "~/x", "a//b", "/", "//",
        " ", "\u00a0", "\u202e\u0644\u0627", "🤷‍♀️", "ＡＢＣ", "a:b|c*d?e\"f<g>h", LoneHigh, LoneLow + "x", "x" + LoneHigh + LoneLow,
        "..\u0000/FUZZ-ESCAPE",
    ];

    private static readonly string[] Types =
    [
        "message", "conversationUpdate", "invoke", "event", "typing", "endOfConversation", "messageReaction", "installationUpdate",
        "foo", "MESSAGE", "message ", "", " ", "\u0000", "trace", "invokeResponse", "handoff", "deleteUserData", LoneHigh,
    ];

    private static readonly string[] ServiceUrls =
    [
        "http://127.0.0.1:1/", "not a url", "file:///etc/passwd", "http://127.0.0.1:1/../../", "javascript:alert(1)", "", "http://[::1]:1/",
        "ftp://127.0.0.1:1/", "http://127.0.0.1:1/?x=" + LoneHigh, "http://127.0.0.1:99999/", "\u0000",
    ];

    private static readonly string?[] ContentTypes =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", null,
        "application/json; charset=utf-16", "application/json; charset=latin1", "application/problem+json", "application/jsonx", "*/*", "",
    ];

    private static readonly string[] RawBodies =
    [
        "", "null", "[]", "\"message\"", "123", "{", "}", "{\"type\":\"message\",}", "{\"type\":\"message\"} trailing", "// c\n{}",
        "{\"type\":\"message\",\"type\":\"event\"}", "\ufeff{\"type\":\"message\"}", "{\"type\":1e400}", "[{\"type\":\"message\"}]",
        "{\"type\":\"message\",\"conversation\":{\"id\":\"x\"},\"channelId\":\"test\",\"text\":\"\\ud800\"}",
        "{\"type\":\"message\",\"conversation\":{\"id\":\"\\udc00\"},\"channelId\":\"test\"}",
    ];

    private readonly Random _random = new(seed);
    private int _depth;

    public FuzzCase Next(int index)
    {
        var choice = _random.Next(100);
        if (choice < 6)
        {
            return RawBody(index);
        }

        var activity = ValidActivity(index);
        var applied = new List<string>();
        var mutations = 1 + _random.Next(3);
        for (var i = 0; i < mutations; i++)
        {
            applied.Add(Mutate(activity));
        }

        var json = activity.ToJsonString();
        json = json
            .Replace(JsonValue.Create(LoneHigh).ToJsonString()[1..^1], "\\ud800", StringComparison.Ordinal)
            .Replace(JsonValue.Create(LoneLow).ToJsonString()[1..^1], "\\udc00", StringComparison.Ordinal);
        if (_depth > 0)
        {
            json = json.Replace(JsonValue.Create(DeepMarker).ToJsonString(), string.Concat(Enumerable.Repeat("[{\"n\":", _depth)) + "0" + string.Concat(Enumerable.Repeat("}]", _depth)), StringComparison.Ordinal);
            _depth = 0;
        }

        var contentType = "application/json";
        if (_random.Next(100) < 8)
        {
            contentType = Pick(ContentTypes)!;
            applied.Add("content-type");
        }

        var body = contentType?.Contains("utf-16", StringComparison.Ordinal) == true ? Encoding.Unicode.GetBytes(json) : Encoding.UTF8.GetBytes(json);
        return new FuzzCase(index, string.Join(',', applied), body, contentType, Slow: _random.Next(1000) < 3);
    }

    private FuzzCase RawBody(int index)
    {
        if (_random.Next(4) == 0)
        {
            var bytes = new byte[_random.Next(1, 2048)];
            _random.NextBytes(bytes);
            return new FuzzCase(index, "random-bytes", bytes, "application/json", Slow: false);
        }

        return new FuzzCase(index, "raw-body", Encoding.UTF8.GetBytes(Pick(RawBodies)), Pick(ContentTypes) ?? "application/json", Slow: false);
    }

    private JsonObject ValidActivity(int index)
    {
        // A handful of conversations see many cases, so state built by earlier cases is read by later ones.
        var conversation = _random.Next(4) == 0 ? $"fuzz-shared-{_random.Next(8)}" : $"fuzz-{seed}-{index}";
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"act-{index}",
            ["timestamp"] = "2026-11-25T07:30:00.000Z",
            ["channelId"] = "test",
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["from"] = new JsonObject { ["id"] = "user-" + conversation, ["name"] = "Fuzz", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "coachbot", ["role"] = "bot" },
            ["text"] = Pick(["hello", "check in", "help", "11pm", "skip", "back", "cancel", "settings", "7", "no"]),
            ["locale"] = "en-GB",
            ["deliveryMode"] = "expectReplies",
            ["channelData"] = new JsonObject(),
        };
    }

    private string Mutate(JsonObject activity)
    {
        switch (_random.Next(14))
        {
            case 0:
                var wrong = Pick(AnyFields);
                Set(activity, wrong, RandomScalarOrShape());
                return "wrong-type:" + wrong;
            case 1:
                var nulled = Pick(AnyFields);
                Set(activity, nulled, null);
                return "null:" + nulled;
            case 2:
                var removed = Pick(AnyFields);
                Remove(activity, removed);
                return "missing:" + removed;
            case 3:
                _depth = Pick([20, 300, 5000]);
                activity[_random.Next(2) == 0 ? "channelData" : "value"] = DeepMarker;
                return "deep:" + _depth;
            case 4:
                var count = Pick([1000, 20000]);
                var array = new JsonArray();
                for (var i = 0; i < count; i++)
                {
                    array.Add(new JsonObject { ["id"] = "m" + i });
                }

                activity[Pick(["membersAdded", "attachments", "entities"])] = array;
                return "huge-array:" + count;
            case 5:
                var length = Pick([5_000, 60_000, 300_000]);
                var field = Pick(["text", "conversation.id", "from.id", "id", "locale", "localTimezone", "from.name"]);
                Set(activity, field, new string(Pick(['a', '7', ' ', 'é', '/']), length));
                return $"huge-string:{field}:{length}";
            case 6:
                var surrogateField = Pick(["text", "conversation.id", "from.id", "channelId", "id", "type", "from.name"]);
                Set(activity, surrogateField, Pick(["a" + LoneHigh, LoneLow, LoneHigh + "b" + LoneLow, "check in " + LoneHigh]));
                return "lone-surrogate:" + surrogateField;
            case 7:
                var idField = Pick(IdFields);
                Set(activity, idField, Pick(HostileIds));
                return "hostile-id:" + idField;
            case 8:
                activity["type"] = Pick(Types);
                if (string.Equals((string?)activity["type"], "invoke", StringComparison.Ordinal))
                {
                    activity["name"] = Pick(["adaptiveCard/action", "../x", "", "task/fetch", "signin/verifyState"]);
                    activity["value"] = RandomScalarOrShape();
                }

                return "type";
            case 9:
                activity["serviceUrl"] = Pick(ServiceUrls);
                activity["deliveryMode"] = Pick(["expectReplies", "normal", "EXPECTREPLIES", string.Empty]);
                return "service-url";
            case 10:
                activity["timestamp"] = Pick(["2026-13-45T99:99:99Z", "yesterday", "", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999+14:00"]);
                activity["localTimezone"] = Pick(["../../../etc/localtime", "Mars/Olympus_Mons", "Europe/London\u0000", "UTC", "", "Etc/GMT+14"]);
                activity["locale"] = Pick(["xx-YY", "../", "\u0000", "en-GB-x-" + new string('a', 300)]);
                return "odd-time-and-locale";
            case 11:
                activity["text"] = null;
                activity["value"] = new JsonObject
                {
                    ["checkin"] = "card", ["bed_time"] = Pick(["25:99", "23:00", "", "-1"]), ["sol"] = Pick(["-1", "1e9", "NaN", "30"]),
                    ["wakings"] = Pick(["99999999999999999999", "2", "two"]), ["pain_now"] = Pick(["11", "-3", "4"]), ["out_of_bed"] = Pick(["07:00", "7", "x"]),
                };
                return "card-values";
            case 12:
                activity["text"] = Pick(["\u0000\u0001\u0002", "check\u0007in", "\u202eni kcehc", "<script>alert(1)</script>", "{{checkin.intro}}", "%s%s%n", "\r\n\r\n"]);
                return "control-text";
            default:
                activity["attachments"] = new JsonArray(new JsonObject
                {
                    ["contentType"] = Pick(["application/vnd.microsoft.card.adaptive", "image/png", "../", string.Empty]),
                    ["content"] = RandomScalarOrShape(),
                    ["contentUrl"] = Pick(["file:///etc/passwd", "http://127.0.0.1:1/x", "data:,x"]),
                });
                return "attachment";
        }
    }

    private JsonNode? RandomScalarOrShape() => _random.Next(9) switch
    {
        0 => JsonValue.Create(_random.Next()),
        1 => JsonValue.Create(true),
        2 => new JsonArray(1, "two", null),
        3 => new JsonObject { ["nested"] = new JsonObject { ["id"] = "x" } },
        4 => JsonValue.Create(-0.0),
        5 => JsonValue.Create(1.7976931348623157e308),
        6 => JsonValue.Create("a string"),
        7 => JsonValue.Create(decimal.MaxValue),
        _ => null,
    };

    private static void Set(JsonObject activity, string path, JsonNode? value)
    {
        var (parent, name) = Parent(activity, path);
        if (parent is not null)
        {
            parent[name] = value;
        }
    }

    private static void Remove(JsonObject activity, string path)
    {
        var (parent, name) = Parent(activity, path);
        parent?.Remove(name);
    }

    private static (JsonObject? Parent, string Name) Parent(JsonObject activity, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return (activity, path);
        }

        var head = path[..dot];
        if (activity[head] is not JsonObject child)
        {
            child = [];
            activity[head] = child;
        }

        return (child, path[(dot + 1)..]);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}

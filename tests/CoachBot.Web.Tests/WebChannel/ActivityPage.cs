using System.Net;
using System.Text.Json;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>One poll's answer: the status, the activities as raw JSON (to check the wire shape) and the watermark as sent.</summary>
public sealed record ActivityPage(HttpStatusCode Status, IReadOnlyList<JsonElement> Activities, JsonElement? Watermark)
{
    public List<string> Texts => [.. Activities.Where(a => a.TryGetProperty("text", out _)).Select(a => a.GetProperty("text").GetString()!)];

    public string? WatermarkText => Watermark is { ValueKind: JsonValueKind.String } w ? w.GetString() : null;
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Protocol.Schema;

namespace CoachBot.Web.WebChannel;

/// <summary>Request and response plumbing shared by the channel's routes: capped JSON bodies and error bodies.</summary>
internal static class ChannelHttp
{
    /// <summary>Reads a JSON body of at most <paramref name="maxBytes"/>: 413 when larger, 400 when not the expected JSON.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadJsonAsync<T>(HttpRequest request, JsonTypeInfo<T> type, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        var (body, error) = await ReadBodyAsync(request, maxBytes, cancellationToken);
        return error is not null ? (null, error) : Parse(body, type);
    }

    /// <summary>The whole body, or 413 when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<(ReadOnlyMemory<byte> Body, IResult? Error)> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (default, TooLarge());
        }

        var buffer = new byte[(int)Math.Min(maxBytes, request.ContentLength ?? maxBytes) + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > maxBytes || length > request.ContentLength ? (default, TooLarge()) : (buffer.AsMemory(0, length), null);
    }

    public static (T? Value, IResult? Error) Parse<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            var value = body.IsEmpty ? null : JsonSerializer.Deserialize(body.Span, type);
            return value is null ? (null, BadArgument("The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException)
        {
            return (null, BadArgument("The body is not valid JSON of the expected shape."));
        }
    }

    private static IResult TooLarge() => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The body is too large.");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Unknown conversation or activity.");

    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is expired or not valid for this conversation.");

    public static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "BadArgument", "A valid token is required.");

    public static IResult TooManyRequests(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, "Throttled", "Too many requests; try again shortly.");
    }

    public static IResult Error(int statusCode, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ConnectorError(code, message)), ProtocolJson.Default.ErrorResponse, statusCode: statusCode);
}

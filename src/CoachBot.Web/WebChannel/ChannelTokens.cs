using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// Mints and checks the channel's opaque tokens: <c>payload.signature</c>, both base64url, HMAC-SHA256
/// over the payload. Deliberately not a JWT (three parts), which Web Chat would try to decode.
/// </summary>
internal sealed class ChannelTokens(SigningKey key, IOptions<LocalWebChannelOptions> options, TimeProvider timeProvider)
{
    public TimeSpan TokenLifetime => options.Value.TokenLifetime;

    public string CreateDirectLineToken(string userId, string conversationId, string? locale = null, string? timeZone = null) =>
        Create(new TokenPayload(TokenPayload.DirectLinePurpose, userId, conversationId, ExpiresAt(options.Value.TokenLifetime), locale, timeZone));

    public string CreateResumeTicket(string userId, string conversationId) =>
        Create(new TokenPayload(TokenPayload.ResumePurpose, userId, conversationId, ExpiresAt(options.Value.ResumeLifetime)));

    /// <summary>Reads a Direct Line token from an <c>Authorization: Bearer</c> header value.</summary>
    public TokenCheck CheckAuthorization(string? header)
    {
        const string Scheme = "Bearer ";
        return header is not null && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? Check(header[Scheme.Length..].Trim(), TokenPayload.DirectLinePurpose)
            : TokenCheck.Invalid;
    }

    public TokenCheck Check(string? token, string purpose)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return TokenCheck.Invalid;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != token.LastIndexOf('.') || !TryDecode(token.AsSpan(0, dot), out var payloadBytes) || !TryDecode(token.AsSpan(dot + 1), out var signature))
        {
            return TokenCheck.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key.Bytes, payloadBytes), signature))
        {
            return TokenCheck.Invalid;
        }

        TokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(payloadBytes, WebChannelJson.Default.TokenPayload);
        }
        catch (JsonException)
        {
            return TokenCheck.Invalid;
        }

        if (payload is null || payload.Purpose != purpose || string.IsNullOrEmpty(payload.UserId) || string.IsNullOrEmpty(payload.ConversationId))
        {
            return TokenCheck.Invalid;
        }

        return payload.ExpiresAt <= timeProvider.GetUtcNow().ToUnixTimeSeconds()
            ? new TokenCheck(TokenStatus.Expired, payload)
            : new TokenCheck(TokenStatus.Valid, payload);
    }

    private long ExpiresAt(TimeSpan lifetime) => timeProvider.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();

    private string Create(TokenPayload payload)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, WebChannelJson.Default.TokenPayload);
        return Base64Url.EncodeToString(bytes) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key.Bytes, bytes));
    }

    private static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        // The OperationStatus overload reports bad input instead of throwing, whatever a client sends.
        bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (Base64Url.DecodeFromChars(text, bytes, out _, out var written) == OperationStatus.Done)
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}

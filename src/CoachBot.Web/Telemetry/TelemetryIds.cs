using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.Telemetry;

/// <summary>
/// Pseudonymous ids for telemetry: a keyed hash (HMAC-SHA256) of the channel and the id, so a person's turns can be
/// followed without their id ever leaving the process, and nobody without the key can test a guessed id against it.
/// </summary>
internal sealed class TelemetryIds
{
    // 64 bits: plenty to tell one person's turns from another's, too short to be worth brute-forcing the key from.
    private const int HashBytes = 8;

    private readonly byte[] _key;

    public TelemetryIds(IOptions<TelemetryOptions> options)
    {
        var salt = options.Value.IdSalt;
        HasConfiguredSalt = !string.IsNullOrEmpty(salt);
        _key = HasConfiguredSalt ? Encoding.UTF8.GetBytes(salt!) : RandomNumberGenerator.GetBytes(32);
    }

    public bool HasConfiguredSalt { get; }

    public string Hash(string? channelId, string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "none";
        }

        // Invalid UTF-16 from the wire becomes U+FFFD here rather than an exception: a hash may collide, telemetry must not fail.
        var input = Encoding.UTF8.GetBytes(string.Concat(channelId, "\u001f", id));
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, input, hash);
        return Convert.ToHexStringLower(hash[..HashBytes]);
    }
}

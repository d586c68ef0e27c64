using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Storage.Keys;

/// <summary>
/// Turns a store key into a relative path of safe segments separated by <c>/</c>, the same way for file names
/// and blob names. Readable keys (<c>users/webchat/abc</c>) come out unchanged; everything else is
/// percent-encoded byte by byte (UTF-8), so no segment can be empty, <c>.</c>, <c>..</c>, contain a separator,
/// a control character or a dot. Over-long segments and odd shapes are hashed (SHA-256), keeping a readable prefix.
/// The mapping is injective, and stays injective on case-insensitive file systems when upper case is escaped.
/// </summary>
internal static class StoreKeyEncoder
{
    /// <summary>Longest encoded segment: leaves room for a file suffix under the 255-byte name limit.</summary>
    internal const int MaxSegmentLength = 200;

    /// <summary>Longest encoded path: well under blob storage's 1,024-character name limit and Windows' MAX_PATH habits.</summary>
    internal const int MaxEncodedLength = 900;

    internal const int MaxDepth = 32;

    /// <summary>Marks a hashed segment (<c>prefix~hash</c>) and, alone, the folder of wholly hashed keys. Never produced otherwise.</summary>
    internal const char HashMarker = '~';

    private const int HashHexLength = 64;

    // A lone surrogate would otherwise become U+FFFD and two different keys would share one name.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] ReservedDeviceNames =
    [
        "con", "prn", "aux", "nul",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];

    /// <param name="key">The store key.</param>
    /// <param name="forFileSystem">
    /// Escape upper case (so keys differing only in case stay apart on case-insensitive file systems)
    /// and Windows device names (<c>con</c>, <c>nul</c>, ...). Blob names are case-sensitive and need neither.
    /// </param>
    public static string Encode(string key, bool forFileSystem)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return IsAlreadySafe(key, forFileSystem) ? key : EncodeSlow(key, forFileSystem);
    }

    private static bool IsAlreadySafe(string key, bool forFileSystem)
    {
        if (key.Length > MaxEncodedLength)
        {
            return false;
        }

        var segmentStart = 0;
        var segments = 0;
        for (var i = 0; i <= key.Length; i++)
        {
            if (i == key.Length || key[i] == '/')
            {
                var length = i - segmentStart;
                if (length == 0 || length > MaxSegmentLength || ++segments > MaxDepth ||
                    (forFileSystem && IsReservedDeviceName(key.AsSpan(segmentStart, length))))
                {
                    return false;
                }

                segmentStart = i + 1;
            }
            else if (!IsRaw(key[i], forFileSystem))
            {
                return false;
            }
        }

        return true;
    }

    private static string EncodeSlow(string key, bool forFileSystem)
    {
        var segments = key.Split('/');
        if (segments.Length > MaxDepth || Array.Exists(segments, s => s.Length == 0))
        {
            return HashedKey(key);
        }

        var builder = new StringBuilder(key.Length * 2);
        foreach (var segment in segments)
        {
            if (builder.Length > 0)
            {
                builder.Append('/');
            }

            AppendSegment(builder, segment, forFileSystem);
            if (builder.Length > MaxEncodedLength)
            {
                return HashedKey(key);
            }
        }

        return builder.ToString();
    }

    private static void AppendSegment(StringBuilder builder, string segment, bool forFileSystem)
    {
        var start = builder.Length;
        var escapeFirst = forFileSystem && IsReservedDeviceName(segment);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            if (IsRaw(c, forFileSystem) && !(escapeFirst && i == 0))
            {
                builder.Append(c);
                continue;
            }

            var charCount = char.IsHighSurrogate(c) && i + 1 < segment.Length ? 2 : 1;
            int byteCount;
            try
            {
                byteCount = StrictUtf8.GetBytes(segment.AsSpan(i, charCount), utf8);
            }
            catch (EncoderFallbackException e)
            {
                throw InvalidUnicode(e);
            }

            foreach (var b in utf8[..byteCount])
            {
                builder.Append('%').Append(HexUpper(b >> 4)).Append(HexUpper(b & 0xF));
            }

            i += charCount - 1;
        }

        if (builder.Length - start > MaxSegmentLength)
        {
            // Cut the readable prefix on a whole character: never inside a %XX triplet.
            var cut = start + MaxSegmentLength - HashHexLength - 1;
            while (builder[cut - 1] == '%' || builder[cut - 2] == '%')
            {
                cut--;
            }

            builder.Length = cut;
            builder.Append(HashMarker).Append(Sha256Hex(segment));
        }
    }

    private static string HashedKey(string key) => string.Concat(HashMarker.ToString(), "/", Sha256Hex(key));

    private static string Sha256Hex(string text)
    {
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException e)
        {
            throw InvalidUnicode(e);
        }

        return Convert.ToHexStringLower(SHA256.HashData(utf8));
    }

    private static bool IsRaw(char c, bool forFileSystem) =>
        char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' || (!forFileSystem && char.IsAsciiLetterUpper(c));

    private static bool IsReservedDeviceName(ReadOnlySpan<char> segment)
    {
        if (segment.Length is not (3 or 4))
        {
            return false;
        }

        foreach (var name in ReservedDeviceNames)
        {
            if (segment.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    private static ArgumentException InvalidUnicode(Exception inner) =>
        new("A store key must be valid Unicode text (it contains a lone surrogate).", inner);

    private static char HexUpper(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}

using System.Text;
using CoachBot.Storage.Keys;

namespace CoachBot.Storage.Tests.Keys;

public sealed class StoreKeyEncoderTests
{
    [Theory]
    [InlineData("users/webchat/abc")]
    [InlineData("conversations/msteams/a-b_c/dialog")]
    [InlineData("schedule/0730")]
    public void A_readable_key_is_its_own_name(string key)
    {
        Assert.Same(key, StoreKeyEncoder.Encode(key, forFileSystem: true));
        Assert.Same(key, StoreKeyEncoder.Encode(key, forFileSystem: false));
    }

    [Fact]
    public void Upper_case_stays_readable_in_blob_names_and_is_escaped_in_file_names()
    {
        Assert.Equal("users/msteams/Casey", StoreKeyEncoder.Encode("users/msteams/Casey", forFileSystem: false));
        Assert.Equal("users/msteams/%43asey", StoreKeyEncoder.Encode("users/msteams/Casey", forFileSystem: true));
    }

    [Theory]
    [InlineData("..", "%2E%2E")]
    [InlineData("a/../b", "a/%2E%2E/b")]
    [InlineData("29:1abc", "29%3A1abc")]
    [InlineData("ü", "%C3%BC")]
    [InlineData("con", "%63on")]
    [InlineData("nul/x", "%6Eul/x")]
    [InlineData("a\nb", "a%0Ab")]
    public void Other_characters_are_percent_encoded_as_utf8(string key, string expected)
    {
        Assert.Equal(expected, StoreKeyEncoder.Encode(key, forFileSystem: true));
    }

    [Theory]
    [MemberData(nameof(OddKeys.Names), MemberType = typeof(OddKeys))]
    public void Every_segment_is_safe_and_short(string name)
    {
        foreach (var forFileSystem in new[] { true, false })
        {
            var encoded = StoreKeyEncoder.Encode(OddKeys.ByName[name], forFileSystem);

            Assert.InRange(encoded.Length, 1, StoreKeyEncoder.MaxEncodedLength);
            Assert.All(encoded.Split('/'), segment =>
            {
                Assert.InRange(Encoding.UTF8.GetByteCount(segment), 1, StoreKeyEncoder.MaxSegmentLength);
                Assert.All(segment, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '%' or '~', $"'{c}' in {segment}"));
            });
        }
    }

    [Fact]
    public void Distinct_keys_get_distinct_names_even_on_a_case_insensitive_file_system()
    {
        var keys = OddKeys.ByName.Values.ToList();

        var fileNames = keys.Select(k => StoreKeyEncoder.Encode(k, forFileSystem: true)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var blobNames = keys.Select(k => StoreKeyEncoder.Encode(k, forFileSystem: false)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(keys.Count, fileNames.Count);
        Assert.Equal(keys.Count, blobNames.Count);
    }

    [Fact]
    public void A_long_segment_keeps_a_readable_prefix_and_a_hash()
    {
        var encoded = StoreKeyEncoder.Encode("users/" + new string('x', 300), forFileSystem: true);

        Assert.StartsWith("users/xxxxxxxx", encoded, StringComparison.Ordinal);
        Assert.Matches("~[0-9a-f]{64}$", encoded);
    }

    [Fact]
    public void A_hashed_prefix_is_never_cut_inside_an_escape()
    {
        foreach (var filler in Enumerable.Range(0, 3))
        {
            var encoded = StoreKeyEncoder.Encode(new string('a', filler) + new string(':', 100), forFileSystem: true);

            Assert.Matches("^a*(%3A)+~[0-9a-f]{64}$", encoded);
        }
    }

    [Fact]
    public void A_key_with_a_lone_surrogate_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => StoreKeyEncoder.Encode("users/\ud800", forFileSystem: true));
    }
}

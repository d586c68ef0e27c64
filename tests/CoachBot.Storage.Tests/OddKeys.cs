namespace CoachBot.Storage.Tests;

/// <summary>Keys a store must survive: separators, traversal, device names, case, unicode, control characters, length.</summary>
internal static class OddKeys
{
    public static IReadOnlyDictionary<string, string> ByName { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["readable"] = "users/webchat/abc",
        ["prefix-of-another"] = "users/webchat",
        ["slash"] = "a/b",
        ["parent-of-slash"] = "a",
        ["dot"] = ".",
        ["dot-dot"] = "..",
        ["traversal"] = "../../etc/passwd",
        ["absolute"] = "/etc/passwd",
        ["inner-traversal"] = "a/../../b",
        ["backslash-traversal"] = @"..\..\windows\win.ini",
        ["drive"] = "C:/Windows",
        ["double-slash"] = "a//b",
        ["trailing-slash"] = "a/b/",
        ["lone-slash"] = "/",
        ["unicode"] = "users/ünïcødé/名前",
        ["emoji"] = "users/🙂/👍🏽",
        ["long"] = new string('k', 1024),
        ["long-unicode"] = string.Concat(Enumerable.Repeat("é🙂", 200)),
        ["long-segments"] = "users/" + new string('x', 300) + "/" + new string('y', 300),
        ["long-segments-nearly-equal"] = "users/" + new string('x', 299) + "z/" + new string('y', 300),
        ["deep"] = string.Join('/', Enumerable.Range(0, 40).Select(i => "d" + i)),
        ["control"] = "a\0b\n\t\u0001\u007f",
        ["lower"] = "users/webchat/casey",
        ["upper"] = "USERS/WEBCHAT/CASEY",
        ["mixed"] = "users/WebChat/Casey",
        ["device"] = "con",
        ["device-folders"] = "nul/aux/com1",
        ["item-suffix"] = "a.item",
        ["temp-suffix"] = "a.item.tmp",
        ["lock-lookalike"] = ".locks/00.lock",
        ["percent"] = "a%2Fb",
        ["percent-upper-a"] = "%41",
        ["upper-a"] = "A",
        ["tilde"] = "~",
        ["hash-lookalike"] = "~/" + new string('0', 64),
        ["spaces-and-dots"] = " a . ",
        ["teams-id"] = "users/msteams/29:1AbCdEf-GhIj_KlMn",
        ["url-characters"] = "a?b#c&d=e+f;g",
    };

    public static TheoryData<string> Names => [.. ByName.Keys];
}

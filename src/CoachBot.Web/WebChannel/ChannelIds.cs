using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace CoachBot.Web.WebChannel;

/// <summary>Ids the channel hands out: unguessable conversation and user ids, and Direct Line's activity ids.</summary>
internal static class ChannelIds
{
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary><c>{conversationId}|0000007</c>, the shape Direct Line gives activity ids.</summary>
    public static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Ids are ours or came from the bot through a route: keep store keys and paths to a safe alphabet.</summary>
    public static bool IsWellFormedConversationId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 128 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoachBot.Coaching.Progress;
using CoachBot.Storage;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.Progress;

/// <summary>
/// Shared summaries in the state store under <c>progress/shares/{hash of token}</c>, so any instance can serve
/// them. The token (256 random bits) is only ever in the link; the store keeps its hash. A link stops working
/// after <see cref="ShareLinkOptions.Lifetime"/> and its page is deleted when next asked for.
/// </summary>
internal sealed class StoreShareLinks(IStore store, IOptions<ShareLinkOptions> options, TimeProvider timeProvider, ILogger<StoreShareLinks> logger) : IShareLinks
{
    public const string RoutePrefix = "/progress/shares/";

    public TimeSpan Lifetime => options.Value.Lifetime;

    public async Task<Uri?> PublishAsync(string ownerKey, string html, CancellationToken cancellationToken)
    {
        if (options.Value.PublicBaseUrl is not { } baseUrl)
        {
            return null;
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var page = new SharedPage(ownerKey, timeProvider.GetUtcNow() + Lifetime, html);
        try
        {
            await store.WriteAsync(Key(HashOf(token)!), JsonSerializer.SerializeToUtf8Bytes(page, ProgressWebJson.Default.SharedPage), WriteCondition.CreateOnly, cancellationToken);
        }
        catch (Exception exception) when (exception is StoreUnavailableException or StoreConflictException)
        {
            ProgressWebLog.LinkNotMade(logger, exception.GetType().Name);
            return null;
        }

        ProgressWebLog.LinkMade(logger, page.ExpiresAt);
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, RoutePrefix.TrimStart('/') + token);
    }

    /// <summary>The page behind a token, or null when the token is malformed, unknown or expired.</summary>
    public async Task<string?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (HashOf(token) is not { } hash)
        {
            return null;
        }

        var item = await store.ReadAsync(Key(hash), cancellationToken);
        if (item is null)
        {
            return null;
        }

        var page = JsonSerializer.Deserialize(item.Value.Span, ProgressWebJson.Default.SharedPage);
        if (page is null || page.ExpiresAt <= timeProvider.GetUtcNow())
        {
            await store.DeleteAsync(Key(hash), cancellationToken);
            return null;
        }

        return page.Html;
    }

    internal static string? HashOf(string token) =>
        token.Length == 43 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)))
            : null;

    private static string Key(string hash) => "progress/shares/" + hash;
}

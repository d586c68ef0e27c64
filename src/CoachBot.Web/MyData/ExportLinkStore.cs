using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoachBot.Coaching.MyData;
using CoachBot.Protocol.Schema;
using CoachBot.Storage;
using CoachBot.Web.Turns;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.MyData;

/// <summary>
/// Exports waiting for download in the state store: each file under <c>exports/files/{hash of token}</c>, and
/// per person an index <c>exports/{userKey}</c> of their live links. A token is 256 random bits, given out
/// once in the link and never stored; a link works once and expires after <see cref="ExportLinkOptions.Lifetime"/>.
/// </summary>
internal sealed class ExportLinkStore(
    IStore store,
    IOptions<ExportLinkOptions> options,
    IHttpContextAccessor httpContextAccessor,
    TimeProvider timeProvider,
    ILogger<ExportLinkStore> logger) : IExportLinks
{
    public const string RoutePrefix = "/api/export/";

    private const int MaxIndexAttempts = 8;

    public static string FileKey(string hash) => "exports/files/" + hash;

    public static string IndexKey(string userKey) => "exports/" + userKey;

    public static string? HashOf(string token) =>
        token.Length == 43 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(token)))
            : null;

    public async Task<ExportLinks?> CreateAsync(Activity activity, IReadOnlyList<ExportFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(files);
        if (StateKeys.User(activity) is not { } userKey || BaseUrl() is not { } baseUrl)
        {
            MyDataWebLog.LinksNotCreated(logger, "no person or no public address");
            return null;
        }

        var expiresAt = timeProvider.GetUtcNow() + options.Value.Lifetime;
        var urls = new List<Uri>(files.Count);
        var entries = new List<ExportLinkEntry>(files.Count);
        try
        {
            foreach (var file in files)
            {
                var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
                var hash = HashOf(token)!;
                var document = new ExportLinkDocument { FileName = file.FileName, ContentType = file.ContentType, Text = Encoding.UTF8.GetString(file.Content.Span), ExpiresAt = expiresAt };
                entries.Add(new ExportLinkEntry(hash, expiresAt));
                await AddToIndexAsync(userKey, entries[^1], cancellationToken);
                await store.WriteAsync(FileKey(hash), JsonSerializer.SerializeToUtf8Bytes(document, MyDataWebJson.Default.ExportLinkDocument), WriteCondition.CreateOnly, cancellationToken);
                urls.Add(new Uri(baseUrl, RoutePrefix.TrimStart('/') + token));
            }
        }
        catch (Exception ex) when (ex is StoreUnavailableException or StoreConflictException)
        {
            MyDataWebLog.LinksNotCreated(logger, ex.GetType().Name);
            return null;
        }

        MyDataWebLog.LinksCreated(logger, urls.Count, expiresAt);
        return new ExportLinks(urls, expiresAt);
    }

    /// <summary>
    /// Takes the file behind a token, at most once: the document is emptied with a conditional write, so of two
    /// concurrent downloads only one gets the content. Null when the link is unknown, used or expired.
    /// </summary>
    public async Task<ExportLinkDocument?> ClaimAsync(string token, CancellationToken cancellationToken)
    {
        if (HashOf(token) is not { } hash)
        {
            return null;
        }

        var key = FileKey(hash);
        var read = await store.ReadAsync(key, cancellationToken);
        if (read is null)
        {
            return null;
        }

        ExportLinkDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(read.Value.Span, MyDataWebJson.Default.ExportLinkDocument);
        }
        catch (JsonException)
        {
            document = null;
        }

        if (document?.Text is null || document.ExpiresAt <= timeProvider.GetUtcNow())
        {
            await store.DeleteAsync(key, cancellationToken);
            return null;
        }

        var emptied = new ExportLinkDocument { FileName = document.FileName, ContentType = document.ContentType, ExpiresAt = document.ExpiresAt };
        try
        {
            await store.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(emptied, MyDataWebJson.Default.ExportLinkDocument), WriteCondition.Matching(read.ETag), cancellationToken);
        }
        catch (StoreConflictException)
        {
            return null;
        }

        await store.DeleteAsync(key, cancellationToken);
        return document;
    }

    /// <summary>Deletes every export of a person and their index; returns how many links there were.</summary>
    public async Task<int> EraseAsync(string userKey, CancellationToken cancellationToken)
    {
        var read = await store.ReadAsync(IndexKey(userKey), cancellationToken);
        var index = read is null ? null : Parse(read.Value);
        foreach (var entry in index?.Links ?? [])
        {
            await store.DeleteAsync(FileKey(entry.Hash), cancellationToken);
        }

        await store.DeleteAsync(IndexKey(userKey), cancellationToken);
        return index?.Links.Count ?? 0;
    }

    /// <summary>Records a new link in the person's index before its file is written, dropping (and deleting) expired ones.</summary>
    private async Task AddToIndexAsync(string userKey, ExportLinkEntry entry, CancellationToken cancellationToken)
    {
        var key = IndexKey(userKey);
        for (var attempt = 1; ; attempt++)
        {
            var read = await store.ReadAsync(key, cancellationToken);
            var index = read is null ? new ExportLinkIndex() : Parse(read.Value);
            var now = timeProvider.GetUtcNow();
            foreach (var expired in index.Links.Where(l => l.ExpiresAt <= now))
            {
                await store.DeleteAsync(FileKey(expired.Hash), cancellationToken);
            }

            index.Links.RemoveAll(l => l.ExpiresAt <= now);
            index.Links.Add(entry);
            try
            {
                await store.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(index, MyDataWebJson.Default.ExportLinkIndex), WriteCondition.After(read), cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxIndexAttempts)
            {
                // Another export of the same person wrote first: merge into theirs.
            }
        }
    }

    private Uri? BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { IsAbsoluteUri: true } configured)
        {
            return new Uri(configured.AbsoluteUri.TrimEnd('/') + "/");
        }

        return httpContextAccessor.HttpContext?.Request is { Host.HasValue: true } request
            ? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")
            : null;
    }

    private static ExportLinkIndex Parse(ReadOnlyMemory<byte> value)
    {
        try
        {
            return JsonSerializer.Deserialize(value.Span, MyDataWebJson.Default.ExportLinkIndex) ?? new ExportLinkIndex();
        }
        catch (JsonException ex)
        {
            throw new StoreUnavailableException("An export link index could not be read.", ex);
        }
    }
}

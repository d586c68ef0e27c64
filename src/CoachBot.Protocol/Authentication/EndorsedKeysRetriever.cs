using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// Reads the metadata document, then its <c>jwks_uri</c>, and returns the signing keys together with
/// their endorsements. The keys JSON is parsed here rather than through
/// <see cref="JsonWebKey.AdditionalData"/>, whose value types differ between library versions.
/// </summary>
internal sealed class EndorsedKeysRetriever(ILogger logger) : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadata = OpenIdConnectConfiguration.Create(await retriever.GetDocumentAsync(address, cancel));
        if (string.IsNullOrWhiteSpace(metadata.JwksUri))
        {
            throw new InvalidOperationException("The OpenID metadata names no jwks_uri.");
        }

        var keysJson = await retriever.GetDocumentAsync(metadata.JwksUri, cancel);
        var keySet = new JsonWebKeySet(keysJson);
        var configuration = new EndorsedOpenIdConfiguration(ParseEndorsements(keysJson))
        {
            Issuer = metadata.Issuer,
            JwksUri = metadata.JwksUri,
            JsonWebKeySet = keySet,
        };
        foreach (var key in keySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        // An empty set would replace good keys with nothing; failing keeps the last good set instead.
        if (configuration.SigningKeys.Count == 0)
        {
            throw new InvalidOperationException("The keys document holds no usable signing key.");
        }

        AuthenticationLog.SigningKeysLoaded(logger, configuration.SigningKeys.Count, metadata.JwksUri);
        return configuration;
    }

    internal static Dictionary<string, IReadOnlySet<string>> ParseEndorsements(string keysJson)
    {
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keysJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out var channels) || channels.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var channelIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var channel in channels.EnumerateArray())
            {
                if (channel.ValueKind == JsonValueKind.String && channel.GetString() is { Length: > 0 } channelId)
                {
                    channelIds.Add(channelId);
                }
            }

            var keyId = kid.GetString()!;
            if (endorsements.TryGetValue(keyId, out var earlier))
            {
                channelIds.UnionWith(earlier);
            }

            endorsements[keyId] = channelIds;
        }

        return endorsements;
    }
}

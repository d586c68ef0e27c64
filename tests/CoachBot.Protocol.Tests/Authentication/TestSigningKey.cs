using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Tests.Authentication;

/// <summary>An RSA-2048 key under a <c>kid</c>, as a channel's token service would hold it.</summary>
internal sealed class TestSigningKey
{
    // RSA generation is slow on two cores; a few keys serve every test, each under its own kid.
    private static readonly Lazy<RSA>[] Pool = [.. Enumerable.Range(0, 4).Select(_ => new Lazy<RSA>(() => RSA.Create(2048)))];

    private TestSigningKey(string id, RSA rsa)
    {
        Id = id;
        Rsa = rsa;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = id };
    }

    public string Id { get; }

    public RSA Rsa { get; }

    public RsaSecurityKey SecurityKey { get; }

    public static TestSigningKey Primary { get; } = new("key-primary", Pool[0].Value);

    public static TestSigningKey Secondary { get; } = new("key-secondary", Pool[1].Value);

    public static TestSigningKey Foreign { get; } = new("key-foreign", Pool[2].Value);

    public static TestSigningKey Local { get; } = new("key-local", Pool[3].Value);

    /// <summary>The same key material under another <c>kid</c>.</summary>
    public TestSigningKey WithId(string id) => new(id, Rsa);

    public Dictionary<string, object> ToJwk(IReadOnlyCollection<string>? endorsements)
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Id,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }
}

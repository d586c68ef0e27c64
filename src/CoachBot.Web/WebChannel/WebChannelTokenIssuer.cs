using System.Security.Claims;
using System.Security.Cryptography;
using CoachBot.Protocol.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// Signs the activities the local web channel forwards when an app id is configured, so they pass the
/// same inbound checks as any channel: issuer, audience (the app id), signature, lifetime, the
/// <c>webchat</c> endorsement and the <c>serviceurl</c> claim. The RSA key lives only in this process.
/// </summary>
internal sealed class WebChannelTokenIssuer : IAdditionalTokenIssuer, IDisposable
{
    public const string IssuerName = "https://coachbot.local/webchannel";
    public const string ChannelId = "webchat";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;
    private readonly SigningCredentials _credentials;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly string _audience;
    private readonly TimeProvider _timeProvider;

    public WebChannelTokenIssuer(string appId, TimeProvider timeProvider)
    {
        _audience = appId;
        _timeProvider = timeProvider;
        _key = new RsaSecurityKey(_rsa) { KeyId = "webchannel-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) };
        _credentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256);
    }

    public string Issuer => IssuerName;

    public IReadOnlyCollection<string> EndorsedChannelIds { get; } = [ChannelId];

    public IEnumerable<SecurityKey> GetSigningKeys() => [_key];

    public string CreateToken(string serviceUrl)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = IssuerName,
            Audience = _audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(Lifetime),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = _credentials,
        });
    }

    public void Dispose() => _rsa.Dispose();
}

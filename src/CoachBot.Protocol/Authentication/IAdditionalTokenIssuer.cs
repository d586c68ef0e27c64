using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// A token source trusted beside the Bot Framework, such as the local web channel signing with a
/// process-local key (PROTOCOL.md §1.5). Tokens whose <c>iss</c> equals <see cref="Issuer"/> are checked
/// with these keys and the same audience, lifetime, algorithm and <c>serviceurl</c> rules as channel tokens.
/// Register any number in DI as <see cref="IAdditionalTokenIssuer"/>.
/// </summary>
public interface IAdditionalTokenIssuer
{
    /// <summary>The exact <c>iss</c> value (ordinal comparison). Never <c>https://api.botframework.com</c>.</summary>
    string Issuer { get; }

    /// <summary>The channel ids that tokens of this issuer are endorsed for (exact, e.g. <c>webchat</c>).</summary>
    IReadOnlyCollection<string> EndorsedChannelIds { get; }

    /// <summary>The keys that may have signed this issuer's tokens; read on every validation.</summary>
    IEnumerable<SecurityKey> GetSigningKeys();
}

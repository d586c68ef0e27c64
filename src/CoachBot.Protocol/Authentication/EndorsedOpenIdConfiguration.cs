using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// OpenID configuration plus the keys document's non-standard <c>endorsements</c>, loaded together so
/// the endorsement map always matches the keys it describes (PROTOCOL.md §1.3, §1.4).
/// </summary>
internal sealed class EndorsedOpenIdConfiguration(IReadOnlyDictionary<string, IReadOnlySet<string>> endorsements)
    : OpenIdConnectConfiguration
{
    /// <summary>Channel ids per <c>kid</c>; a key without an <c>endorsements</c> array has no entry.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements { get; } = endorsements;
}

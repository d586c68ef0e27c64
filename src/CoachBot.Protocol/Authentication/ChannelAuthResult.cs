using System.Security.Claims;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// The outcome of validating an inbound token. A success still has to pass
/// <see cref="ValidateActivity"/> once the body is parsed (endorsement, <c>serviceurl</c> claim).
/// </summary>
public sealed class ChannelAuthResult
{
    private readonly IReadOnlySet<string>? _endorsements;

    private ChannelAuthResult(bool succeeded, string? failureReason, ClaimsIdentity? identity, IReadOnlySet<string>? endorsements, bool requiresChannelChecks)
    {
        Succeeded = succeeded;
        FailureReason = failureReason;
        Identity = identity;
        _endorsements = endorsements;
        RequiresChannelChecks = requiresChannelChecks;
    }

    public bool Succeeded { get; }

    /// <summary>Why the token was refused, for the log. Never contains the token.</summary>
    public string? FailureReason { get; }

    public ClaimsIdentity? Identity { get; }

    /// <summary>False for anonymous mode and for token sources without endorsements (emulator).</summary>
    public bool RequiresChannelChecks { get; }

    public static ChannelAuthResult Anonymous() => new(true, null, null, null, requiresChannelChecks: false);

    public static ChannelAuthResult Failed(string reason) => new(false, reason, null, null, requiresChannelChecks: false);

    public static ChannelAuthResult Authenticated(ClaimsIdentity identity, IReadOnlySet<string>? endorsements, bool requiresChannelChecks = true) =>
        new(true, null, identity, endorsements, requiresChannelChecks);

    /// <summary>
    /// The channel checks of PROTOCOL.md §1.3: the signing key must be endorsed for the activity's
    /// <c>channelId</c> (exact, non-empty) and the <c>serviceurl</c> claim must equal the activity's
    /// <c>serviceUrl</c> (whole string, case-insensitive).
    /// </summary>
    public bool ValidateActivity(string? channelId, string? serviceUrl, out string? failureReason)
    {
        failureReason = null;
        if (!Succeeded)
        {
            failureReason = FailureReason ?? "not authenticated";
            return false;
        }

        if (!RequiresChannelChecks)
        {
            return true;
        }

        if (string.IsNullOrEmpty(channelId) || _endorsements is null || !_endorsements.Contains(channelId))
        {
            failureReason = "the signing key is not endorsed for the activity's channel";
            return false;
        }

        var claim = Identity?.FindFirst("serviceurl")?.Value;
        if (string.IsNullOrEmpty(claim) || !string.Equals(claim, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            failureReason = "the serviceurl claim does not match the activity's serviceUrl";
            return false;
        }

        return true;
    }
}

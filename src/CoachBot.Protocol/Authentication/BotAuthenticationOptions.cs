namespace CoachBot.Protocol.Authentication;

/// <summary>
/// Inbound authentication settings. The four <c>MicrosoftApp…</c> values come from the root of the
/// configuration, under the Bot Framework's own key names (PROTOCOL.md §5); the rest may be overridden
/// in the <see cref="SectionName"/> section. A class, not a record, so no generated <c>ToString</c>
/// ever prints the password.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "BotFrameworkAuthentication";

    /// <summary>
    /// The named <see cref="HttpClient"/> that fetches OpenID metadata and signing keys; tests replace
    /// its primary handler to serve fake documents at the real URLs.
    /// </summary>
    public const string OpenIdMetadataHttpClientName = "BotFramework.OpenIdMetadata";

    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary><c>MultiTenant</c> (also when empty), <c>SingleTenant</c> or <c>UserAssignedMSI</c>; case-insensitive.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's app id (a managed identity's client id); empty means anonymous mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Not used inbound; bound here so that one options class mirrors the whole key family.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>The Bot Framework's OpenID metadata for channel tokens (PROTOCOL.md §1.2).</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>True for the app types that live in one Entra tenant and so need <see cref="MicrosoftAppTenantId"/>.</summary>
    internal bool IsSingleTenantType =>
        string.Equals(MicrosoftAppType?.Trim(), SingleTenant, StringComparison.OrdinalIgnoreCase)
        || string.Equals(MicrosoftAppType?.Trim(), UserAssignedMsi, StringComparison.OrdinalIgnoreCase);

    internal bool HasKnownAppType =>
        string.IsNullOrWhiteSpace(MicrosoftAppType)
        || string.Equals(MicrosoftAppType.Trim(), MultiTenant, StringComparison.OrdinalIgnoreCase)
        || IsSingleTenantType;
}

namespace CoachBot.Protocol.Connector;

/// <summary>Fixed values of the Bot Framework's client-credentials flow (PROTOCOL.md §2.1).</summary>
internal static class BotTokenDefaults
{
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>The tenant of the authority multi-tenant bots take their tokens from.</summary>
    public const string MultiTenantTenant = "botframework.com";

    /// <summary>Tokens with less than this left are replaced before use, as MSAL's cache does.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
}

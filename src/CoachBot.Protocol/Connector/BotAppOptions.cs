namespace CoachBot.Protocol.Connector;

/// <summary>
/// The bot's identity as the root configuration keys name it (PROTOCOL.md §5). A class, not a
/// record, so that no generated <c>ToString</c> ever prints the password.
/// </summary>
internal sealed class BotAppOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The parsed app type; an empty value means MultiTenant, as in the Bot Framework SDK.</summary>
    public BotAppType? AppType =>
        string.IsNullOrWhiteSpace(MicrosoftAppType) ? BotAppType.MultiTenant
        : Enum.TryParse<BotAppType>(MicrosoftAppType.Trim(), ignoreCase: true, out var type) && Enum.IsDefined(type) ? type
        : null;
}

namespace CoachBot.Protocol.Connector;

/// <summary>Where outbound tokens come from (section <c>BotFrameworkAuthentication</c>).</summary>
internal sealed class TokenAuthorityOptions
{
    public const string SectionName = "BotFrameworkAuthentication";

    /// <summary>The Entra ID host; overridable so that tests and sovereign clouds can point elsewhere.</summary>
    public Uri TokenAuthorityHost { get; set; } = new("https://login.microsoftonline.com");
}

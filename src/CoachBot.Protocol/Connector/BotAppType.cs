namespace CoachBot.Protocol.Connector;

/// <summary>How the bot proves its identity to the Connector (PROTOCOL.md §5, <c>MicrosoftAppType</c>).</summary>
internal enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}

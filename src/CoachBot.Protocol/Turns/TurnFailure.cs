namespace CoachBot.Protocol.Turns;

/// <summary>Why a turn could not complete.</summary>
public enum TurnFailure
{
    /// <summary>The bot's logic threw.</summary>
    BotError,

    /// <summary>State could not be read or saved; nothing of the turn was kept.</summary>
    StorageUnavailable,
}

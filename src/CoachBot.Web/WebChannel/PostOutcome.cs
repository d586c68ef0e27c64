namespace CoachBot.Web.WebChannel;

internal enum PostOutcome
{
    NotFound,
    Forbidden,

    /// <summary>Stored (so Web Chat sees its echo) and accepted by the bot.</summary>
    Delivered,

    /// <summary>Stored, but the bot could not be reached or refused it.</summary>
    BotFailed,
}

namespace CoachBot.Web.WebChannel;

/// <summary>The outcome of reading a token: its status and, when signed by us, what it says.</summary>
internal readonly record struct TokenCheck(TokenStatus Status, TokenPayload? Payload)
{
    public static TokenCheck Invalid { get; } = new(TokenStatus.Invalid, null);
}

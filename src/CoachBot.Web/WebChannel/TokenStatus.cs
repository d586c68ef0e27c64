namespace CoachBot.Web.WebChannel;

internal enum TokenStatus
{
    /// <summary>Missing, malformed, badly signed or meant for another purpose.</summary>
    Invalid,

    /// <summary>Signed by us, but past its lifetime.</summary>
    Expired,

    Valid,
}

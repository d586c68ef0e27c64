namespace CoachBot.Web.Tests.Teams;

/// <summary>Why the fake Teams Connector answered 429.</summary>
public enum ThrottleReason
{
    /// <summary>The conversation went over a Teams rate limit.</summary>
    RateLimit,

    /// <summary>The test asked for a 429 on this call, as Teams sends now and then under load.</summary>
    Scripted,
}

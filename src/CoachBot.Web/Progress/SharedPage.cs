namespace CoachBot.Web.Progress;

/// <summary>A shared summary waiting behind its link: whose it is, until when, and the page.</summary>
internal sealed record SharedPage(string Owner, DateTimeOffset ExpiresAt, string Html);

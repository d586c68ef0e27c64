namespace CoachBot.Web.Tests.Browser;

/// <summary>The browser tests share one Chromium (about a second to start); each test has its own context and host.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

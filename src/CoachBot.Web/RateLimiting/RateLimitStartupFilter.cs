namespace CoachBot.Web.RateLimiting;

/// <summary>Runs the client rate limiter before routing and authentication, so a flood is turned away cheaply.</summary>
internal sealed class RateLimitStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseRateLimiter();
        next(app);
    };
}

using CoachBot.Protocol.Authentication;
using CoachBot.Storage;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// The local web channel: the Web Chat page at <c>/</c>, a Direct Line 3.0 stand-in for it, and the
/// Connector routes at its own <c>serviceUrl</c> for the bot's replies. On by default when no
/// <c>MicrosoftAppId</c> is configured; <c>LocalWebChannel:Enabled</c> decides otherwise.
/// </summary>
public static class LocalWebChannelExtensions
{
    /// <summary>
    /// The page's content policy: everything from this origin only, so the page can reach no other host.
    /// Web Chat injects its styles at run time, hence inline styles.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; media-src 'self' blob: data:; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddLocalWebChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LocalWebChannelOptions>()
            .BindConfiguration(LocalWebChannelOptions.SectionName)
            .Validate(o => o.TokenLifetime >= TimeSpan.FromMinutes(1), "LocalWebChannel:TokenLifetime must be at least a minute.")
            .Validate(o => o.ResumeLifetime >= o.TokenLifetime, "LocalWebChannel:ResumeLifetime must not be shorter than TokenLifetime.")
            .Validate(o => SigningKey.IsUsableKey(o.SigningKey), "LocalWebChannel:SigningKey must be base64 of at least 32 bytes.")
            .Validate(o => o.BotEndpoint is null || o.BotEndpoint.IsAbsoluteUri, "LocalWebChannel:BotEndpoint must be an absolute URL.")
            .Validate(o => o.PollingInterval >= TimeSpan.FromMilliseconds(200), "LocalWebChannel:PollingInterval must be at least 200 ms (Web Chat's floor).")
            .Validate(o => o.ForwardTimeout > TimeSpan.Zero, "LocalWebChannel:ForwardTimeout must be positive.")
            .Validate(o => o.MaxActivityBytes > 0 && o.MaxBotActivityBytes > 0 && o.MaxTranscriptActivities > 0, "LocalWebChannel size limits must be positive.")
            .Validate(
                o => o.RateLimits.PostBurst > 0 && o.RateLimits.PollBurst > 0 && o.RateLimits.TokenBurst > 0
                    && o.RateLimits.PostInterval > TimeSpan.Zero && o.RateLimits.PollInterval > TimeSpan.Zero && o.RateLimits.TokenInterval > TimeSpan.Zero,
                "LocalWebChannel:RateLimits need positive bursts and intervals.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SigningKey>();
        services.TryAddSingleton<ChannelTokens>();
        services.TryAddSingleton(sp => new TranscriptStore(
            sp.GetRequiredService<IStore>(),
            sp.GetRequiredService<IOptions<LocalWebChannelOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TranscriptStore>>()));
        services.TryAddSingleton<ChannelAddresses>();
        services.TryAddSingleton<ChannelRateLimiter>();
        services.TryAddTransient<WebConversations>();
        services.AddHttpClient<BotForwarder>(BotForwarder.HttpClientName, (sp, client) =>
            client.Timeout = sp.GetRequiredService<IOptions<LocalWebChannelOptions>>().Value.ForwardTimeout);

        var appId = builder.Configuration["MicrosoftAppId"];
        if (!string.IsNullOrWhiteSpace(appId) && IsEnabled(builder.Configuration))
        {
            // Forwarded activities then carry a token the bot's inbound authentication checks like any channel's.
            services.TryAddSingleton(sp => new WebChannelTokenIssuer(appId, sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IAdditionalTokenIssuer>(sp => sp.GetRequiredService<WebChannelTokenIssuer>());
        }

        return builder;
    }

    public static WebApplication MapLocalWebChannel(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalWebChannelExtensions).FullName!);
        if (!IsEnabled(app.Configuration))
        {
            WebChannelLog.Disabled(logger);
            return app;
        }

        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = PreparePageResponse });

        var channel = app.MapGroup(string.Empty).AddEndpointFilter(StoreFaultsAsync);
        PageTokenEndpoint.Map(channel);
        DirectLineEndpoints.Map(channel);
        ConnectorEndpoints.Map(channel);
        WebChannelLog.Enabled(logger);
        return app;
    }

    /// <summary>An explicit <c>LocalWebChannel:Enabled</c> wins; otherwise on exactly when no app id is configured.</summary>
    internal static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool?>(LocalWebChannelOptions.SectionName + ":" + nameof(LocalWebChannelOptions.Enabled))
        ?? string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    private static void PreparePageResponse(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.CacheControl = "no-cache";
            headers["Referrer-Policy"] = "no-referrer";
        }
        else
        {
            headers.CacheControl = "no-cache";
        }
    }

    private static async ValueTask<object?> StoreFaultsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (exception is StoreUnavailableException or StoreConflictException)
        {
            // The store is down or too contended: say so, and when to try again, rather than a bare 500.
            var http = context.HttpContext;
            WebChannelLog.StoreUnavailable(http.RequestServices.GetRequiredService<ILogger<WebConversations>>(), exception, StatusCodes.Status503ServiceUnavailable, http.Request.Path);
            http.Response.Headers.RetryAfter = "5";
            return ChannelHttp.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Storage is unavailable; try again shortly.");
        }
    }
}

using System.Text;
using CoachBot.Storage;

namespace CoachBot.Web.Progress;

/// <summary>
/// <c>GET /progress/shares/{token}</c>: a shared summary while its link lives. The token is the only credential
/// and opens that one page; unknown, malformed and expired tokens get the same 404. The page may load nothing
/// from anywhere (its images are inline) and is never cached.
/// </summary>
public static class ProgressEndpoints
{
    private const string PagePolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapProgressShares(this IEndpointRouteBuilder app)
    {
        app.MapGet(StoreShareLinks.RoutePrefix + "{token}", OpenAsync);
        return app;
    }

    private static async Task<IResult> OpenAsync(string token, HttpContext http, StoreShareLinks links, ILogger<StoreShareLinks> logger)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store, max-age=0";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        try
        {
            if (await links.OpenAsync(token, http.RequestAborted) is not { } html)
            {
                ProgressWebLog.LinkRefused(logger);
                return Results.NotFound();
            }

            headers.ContentSecurityPolicy = PagePolicy;
            ProgressWebLog.LinkOpened(logger);
            return Results.Text(html, "text/html", Encoding.UTF8);
        }
        catch (StoreUnavailableException)
        {
            ProgressWebLog.StoreUnavailable(logger);
            headers.RetryAfter = "5";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }
}

using System.Text;
using CoachBot.Storage;

namespace CoachBot.Web.MyData;

/// <summary>
/// <c>GET /api/export/{token}</c>: an export's file, once. The token is the only credential; any unknown, used
/// or expired token gets the same 404, and nothing is ever cached on the way.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportLinkStore.RoutePrefix + "{token}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string token, HttpContext http, ExportLinkStore links, ILogger<ExportLinkStore> logger)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store, max-age=0";
        headers.Pragma = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        try
        {
            if (await links.ClaimAsync(token, http.RequestAborted) is not { Text: { } text } file)
            {
                MyDataWebLog.LinkRefused(logger, "unknown, used or expired");
                return Results.NotFound();
            }

            MyDataWebLog.LinkUsed(logger);
            return Results.File(Encoding.UTF8.GetBytes(text), file.ContentType, file.FileName);
        }
        catch (StoreUnavailableException)
        {
            MyDataWebLog.DownloadStoreUnavailable(logger);
            headers.RetryAfter = "5";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }
}

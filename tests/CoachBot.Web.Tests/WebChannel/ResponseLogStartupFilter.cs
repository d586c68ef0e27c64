using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>Puts the <see cref="ResponseLog"/> in front of the whole pipeline, so it also sees what the exception handler turned into a 500.</summary>
public sealed class ResponseLogStartupFilter(ResponseLog log) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            try
            {
                await proceed(context);
            }
            finally
            {
                log.Add(context.Request.Method, context.Request.Path, context.Response.StatusCode);
            }
        });
        next(app);
    };
}

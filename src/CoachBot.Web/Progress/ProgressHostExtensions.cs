using CoachBot.Coaching.Progress;
using CoachBot.Web.Charts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Web.Progress;

/// <summary>The host's part of the progress features: ScottPlot charts, and links to shared summaries.</summary>
public static class ProgressHostExtensions
{
    /// <summary>Call after <c>AddCoaching</c>: replaces its words-only charts and link-less sharing.</summary>
    public static IServiceCollection AddProgressHosting(this IServiceCollection services)
    {
        services.AddOptions<ShareLinkOptions>()
            .BindConfiguration(ShareLinkOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme == Uri.UriSchemeHttps), "Progress:ShareLinks:PublicBaseUrl must be an absolute https address.")
            .ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<IProgressCharts, ScottPlotProgressCharts>());
        services.TryAddSingleton<StoreShareLinks>();
        services.Replace(ServiceDescriptor.Singleton<IShareLinks>(sp => sp.GetRequiredService<StoreShareLinks>()));
        return services;
    }
}

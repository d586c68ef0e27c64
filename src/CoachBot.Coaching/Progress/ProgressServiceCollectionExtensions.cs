using CoachBot.Coaching.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Coaching.Progress;

/// <summary>Registers the progress features. The host may add a chart renderer and share links; without them, words only.</summary>
public static class ProgressServiceCollectionExtensions
{
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.TryAddSingleton<IProgressCharts, WordsOnlyCharts>();
        services.TryAddSingleton<IShareLinks, NoShareLinks>();
        services.AddSingleton<ProgressReplies>();
        services.AddSingleton<IDialogModule, ProgressModule>();
        return services;
    }
}

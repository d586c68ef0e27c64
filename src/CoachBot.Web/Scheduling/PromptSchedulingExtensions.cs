using CoachBot.Web.Telemetry;
using CoachBot.Web.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Web.Scheduling;

/// <summary>Registers the morning prompts: the schedule index, the turn observer that keeps it current, and the scheduler.</summary>
internal static class PromptSchedulingExtensions
{
    /// <summary>Binds <see cref="PromptOptions"/> from <c>Prompts</c> (validated on start) and adds the scheduler as a hosted service.</summary>
    public static IServiceCollection AddPromptScheduling(this IServiceCollection services)
    {
        services.AddOptions<PromptOptions>()
            .BindConfiguration(PromptOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.CatchUpLimit >= o.GraceWindow, "Prompts:CatchUpLimit must be at least Prompts:GraceWindow.")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<PromptMetrics>();
        services.AddSingleton<ScheduleIndex>();
        services.AddSingleton<UserStateDocuments>();
        services.AddSingleton<PromptClaims>();
        services.AddSingleton<SendPacer>();
        services.AddSingleton<PromptDelivery>();
        services.AddSingleton<PromptTick>();
        services.AddSingleton<ITurnCommittedObserver, ScheduleObserver>();
        services.AddHostedService<PromptScheduler>();
        return services;
    }
}

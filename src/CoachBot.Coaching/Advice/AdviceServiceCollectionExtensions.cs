using CoachBot.Coaching.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching.Advice;

/// <summary>Registers the advice library (loaded from the content folder at start-up) and the advice given after a check-in.</summary>
public static class AdviceServiceCollectionExtensions
{
    public static IServiceCollection AddAdvice(this IServiceCollection services)
    {
        services.AddOptions<AdviceSettings>()
            .BindConfiguration("Advice")
            .Validate(s => s.IsValid, "Advice:NoRepeatWithin must be between 0 and 60 days and Advice:Remember between 1 and 200.")
            .ValidateOnStart();
        services.AddSingleton(sp => AdviceLibrary.Load(sp.GetRequiredService<IOptions<ContentOptions>>().Value.Directory));
        services.AddSingleton<AdviceCoach>();
        services.AddHostedService<AdviceStartupCheck>();
        return services;
    }
}

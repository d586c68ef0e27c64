using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Bot;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Tone;
using CoachBot.Dialogs;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching;

/// <summary>Registers the sleep coach: its content, its bot and its error replies.</summary>
public static class CoachingServiceCollectionExtensions
{
    public static IServiceCollection AddCoaching(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration("Content");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => MessageCatalog.LoadDirectory(sp.GetRequiredService<IOptions<ContentOptions>>().Value.Directory));
        services.AddHostedService<ContentStartupCheck>();
        services.AddAdvice();
        services.AddSingleton<Commands>();
        services.AddSingleton<CoachDialogSet>();
        services.AddSingleton<IInterruption, CoachingInterruptions>();

        // Before the prompt commands: inside a check-in "not today" leaves the day blank rather than snoozing.
        services.AddSingleton<IInterruption, Feedback.FeedbackInterruption>();
        services.AddSingleton<IInterruption, Scheduling.PromptCommandInterruption>();
        services.AddSingleton<IMessageScreen, Safety.SafetyScreen>();
        services.AddSingleton<DialogRunner>();
        services.AddSingleton<IDialogModule, CheckIn.CheckInModule>();
        services.AddSingleton<IDialogModule, Onboarding.OnboardingModule>();
        services.AddSingleton<IDialogModule, Settings.SettingsModule>();
        MyData.MyDataServiceCollectionExtensions.AddNightHelpAndMyData(services);
        Progress.ProgressServiceCollectionExtensions.AddProgress(services);
        services.AddSingleton<IBot, SleepCoachBot>();
        services.AddToneCheck();
        services.AddSingleton<ITurnErrorHandler, CoachingErrorReplies>();
        return services;
    }
}

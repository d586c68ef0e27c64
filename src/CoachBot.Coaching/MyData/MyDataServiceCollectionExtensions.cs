using CoachBot.Coaching.Bot;
using CoachBot.Coaching.NightHelp;
using CoachBot.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Coaching.MyData;

/// <summary>Registers the person's own tools: night-time help and the data commands (history, export, delete).</summary>
public static class MyDataServiceCollectionExtensions
{
    public static IServiceCollection AddNightHelpAndMyData(this IServiceCollection services)
    {
        services.AddOptions<MyDataOptions>().BindConfiguration(MyDataOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDialogModule, NightHelpModule>();
        services.AddSingleton<IDialogModule, MyDataModule>();
        services.AddSingleton<IInterruption, DeleteDataInterruption>();
        return services;
    }
}

using CoachBot.Coaching.MyData;
using CoachBot.Web.Turns;

namespace CoachBot.Web.MyData;

/// <summary>The host's part of the person's data commands: export download links and carrying out "delete my data".</summary>
public static class MyDataHostExtensions
{
    public static IServiceCollection AddMyDataHosting(this IServiceCollection services)
    {
        services.AddOptions<ExportLinkOptions>().BindConfiguration(ExportLinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<ExportLinkStore>();
        services.AddSingleton<IExportLinks>(sp => sp.GetRequiredService<ExportLinkStore>());
        services.AddSingleton<ScheduleTraces>();
        services.AddSingleton<ITurnCommittedObserver, PersonalDataEraser>();
        return services;
    }
}

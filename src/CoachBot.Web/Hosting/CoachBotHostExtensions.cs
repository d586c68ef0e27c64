using CoachBot.Coaching;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Authentication;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Turns;
using CoachBot.Storage;
using CoachBot.Web.RateLimiting;
using CoachBot.Web.Scheduling;
using CoachBot.Web.Telemetry;
using CoachBot.Web.Turns;
using CoachBot.Web.WebChannel;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Web.Hosting;

/// <summary>Composes CoachBot: storage, the Bot Framework protocol, the coach, and the turn pipeline.</summary>
public static class CoachBotHostExtensions
{
    public static WebApplicationBuilder AddCoachBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddHealthChecks();

        services.AddCoachBotStorage();
        services.AddBotAuthentication();
        services.AddBotConnector();
        services.AddCoaching();
        Progress.ProgressHostExtensions.AddProgressHosting(services);

        services.AddOptions<TurnOptions>().BindConfiguration("Bot").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IStateScope>(new StateScope<ConversationData>("conversation", StateKeys.Conversation, CoachingJson.Default.ConversationData, isConversationScope: true));
        services.AddSingleton<IStateScope>(new StateScope<UserData>("user", StateKeys.User, CoachingJson.Default.UserData, isConversationScope: false));
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<ActivityDelivery>();
        services.AddSingleton<TurnProcessor>();
        services.AddPromptScheduling();
        MyData.MyDataHostExtensions.AddMyDataHosting(services);

        builder.AddLocalWebChannel();
        builder.AddCoachBotTelemetry();
        services.AddBotRateLimiting();
        return builder;
    }
}

using CoachBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Coaching.Tone;

/// <summary>Registers the tone check: over the content at start-up, and over every outgoing reply.</summary>
public static class ToneServiceCollectionExtensions
{
    /// <summary>Call after the bot is registered: the registered <see cref="IBot"/> is wrapped so its replies pass the outgoing filters.</summary>
    public static IServiceCollection AddToneCheck(this IServiceCollection services)
    {
        services.AddHostedService<ToneStartupCheck>();
        services.AddSingleton<IOutgoingFilter, ToneOutgoingFilter>();

        var bot = services.LastOrDefault(d => d.ServiceType == typeof(IBot))
            ?? throw new InvalidOperationException("Register the bot (IBot) before adding the tone check.");
        services.Remove(bot);
        services.AddSingleton<IBot>(sp => new OutgoingFilteringBot(Create(sp, bot), sp.GetServices<IOutgoingFilter>()));
        return services;
    }

    private static IBot Create(IServiceProvider services, ServiceDescriptor bot) =>
        (IBot)(bot.ImplementationInstance
            ?? bot.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, bot.ImplementationType!));
}

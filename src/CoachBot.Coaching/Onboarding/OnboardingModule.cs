using CoachBot.Coaching.Bot;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.TimeZones;
using CoachBot.Dialogs;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Onboarding;

/// <summary>Onboarding's dialog and the prompts it shares with settings (time zone, check-in time, diary consent).</summary>
internal sealed class OnboardingModule : IDialogModule
{
    private readonly OnboardingReplies _replies;
    private readonly TimeZoneResolver _resolver;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<OnboardingModule> _logger;

    public OnboardingModule(MessageCatalog messages, TimeProvider timeProvider, ILogger<OnboardingModule> logger)
    {
        RequiredMessages.Check(messages, OnboardingMessageIds.All, "onboarding.yaml");
        _replies = new OnboardingReplies(messages);
        _resolver = TimeZoneResolver.FromCatalog(messages);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public IEnumerable<Dialog> CreateDialogs() =>
        [new OnboardingDialog(_replies, _resolver, _timeProvider, _logger), .. OnboardingPrompts.Create(_replies, _resolver)];
}

using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Onboarding;

/// <summary>Onboarding's log messages (EventIds 4100–4109). Never what the person typed.</summary>
internal static partial class OnboardingLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Onboarding finished: time zone {ZoneSource}, diary consent {DiaryConsent}")]
    public static partial void Finished(ILogger logger, ZoneSource zoneSource, bool diaryConsent);
}

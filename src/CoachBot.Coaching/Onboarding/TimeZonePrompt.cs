using CoachBot.Coaching.TimeZones;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Coaching.Onboarding;

/// <summary>
/// "Which city or time zone?": a city, an alias or an IANA id. One kind re-ask with an example, then
/// the item is skipped and the dialog keeps a zone it already has: never a dead end.
/// </summary>
internal sealed class TimeZonePrompt(string id, PromptMessages<ZoneAnswer> messages, TimeZoneResolver resolver)
    : Prompt<ZoneAnswer>(id, messages, OnboardingJson.Default.ZoneAnswer, maxAttempts: 1)
{
    protected override Recognition<ZoneAnswer> Recognize(string text, string? locale) =>
        resolver.TryResolve(text, out var zoneId)
            ? Recognition.Recognized(new ZoneAnswer(zoneId))
            : Recognition.Of<ZoneAnswer>(RecognitionKind.NotRecognized);
}

using CoachBot.Coaching.Bot;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Onboarding;
using CoachBot.Coaching.State;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Recognizers;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;
using static CoachBot.Coaching.Settings.SettingsMessageIds;

namespace CoachBot.Coaching.Settings;

/// <summary>
/// The settings dialog, its menu and its on/off questions. The time zone, check-in time and diary
/// questions are onboarding's prompts, so this module is registered beside <see cref="OnboardingModule"/>.
/// </summary>
internal sealed class SettingsModule : IDialogModule
{
    private readonly OnboardingReplies _replies;
    private readonly IReadOnlyList<Choice> _choices;
    private readonly ILogger<SettingsModule> _logger;

    public SettingsModule(MessageCatalog messages, ILogger<SettingsModule> logger)
    {
        RequiredMessages.Check(messages, [.. All, .. OnboardingMessageIds.All], "onboarding.yaml");
        _replies = new OnboardingReplies(messages);
        _choices = [.. SettingsOptions.All.Select(o => new Choice(o, [messages[Button(o)], .. messages.Variants(Synonyms(o))]))];
        _logger = logger;
    }

    public IEnumerable<Dialog> CreateDialogs()
    {
        var words = _replies.Messages;
        return
        [
            new SettingsDialog(_replies, _logger),
            new ChoicePrompt(SettingsIds.MenuPrompt, new PromptMessages<int>(turn => Menu(turn, Summary(turn)), (turn, _) => Menu(turn, words[MenuRetry])), _choices),
            new ChoicePrompt(SettingsIds.MenuAgainPrompt, new PromptMessages<int>(turn => Menu(turn, words[MenuAskAgain]), (turn, _) => Menu(turn, words[MenuRetry])), _choices),
            new YesNoPrompt(SettingsIds.NapsPrompt, new PromptMessages<bool>(turn => _replies.YesNo(turn, words[NapsAsk]), (turn, _) => _replies.YesNo(turn, words[NapsRetry]))),
            new YesNoPrompt(SettingsIds.NotePrompt, new PromptMessages<bool>(turn => _replies.YesNo(turn, words[NoteAsk]), (turn, _) => _replies.YesNo(turn, words[NoteRetry]))),
            new ChoicePrompt(SettingsIds.SummaryDayPrompt, new PromptMessages<int>(turn => Days(turn, words[SummaryDayAsk]), (turn, _) => Days(turn, words[SummaryDayRetry])), DayChoices(words)),
        ];
    }

    private Activity Menu(TurnContext turn, string text) =>
        OnboardingReplies.WithButtons(turn, text, SettingsOptions.All.Select(o => _replies.Messages[Button(o)]));

    private Activity Days(TurnContext turn, string text) =>
        OnboardingReplies.WithButtons(turn, text, SummaryDays.Choices.Select(d => _replies.Messages.Variants(SummaryDayChoice(d))[0]));

    private static IReadOnlyList<Choice> DayChoices(MessageCatalog words) =>
        [.. SummaryDays.Choices.Select(d => new Choice(d, words.Variants(SummaryDayChoice(d))))];

    /// <summary>The menu's first question, with what is set now.</summary>
    private string Summary(TurnContext turn)
    {
        var words = _replies.Messages;
        var profile = turn.TurnState.Get<UserData>().Profile;
        return words.Format(
            MenuAsk,
            ("zone_name", profile.TimeZoneId is { } zone ? _replies.ZoneName(zone) : words[NotSet]),
            ("time", profile.CheckInTime is { } time ? OnboardingReplies.Time(turn, time) : words[NotSet]),
            ("diary", profile.DiaryConsent is { } consent ? OnOff(consent) : words[NotSet]),
            ("naps", OnOff(profile.AskNaps)),
            ("note", OnOff(profile.AskNote)),
            ("summary_day", profile.WeeklySummaryOn ? words.Variants(SummaryDayChoice(SummaryDays.IdOf(profile.WeeklySummaryDay)))[0] : words[SummaryDayOff]));
    }

    private string OnOff(bool on) => _replies.Messages[on ? On : Off];
}

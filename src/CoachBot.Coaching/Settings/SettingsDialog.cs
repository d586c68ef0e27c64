using CoachBot.Coaching.Bot;
using CoachBot.Coaching.Onboarding;
using CoachBot.Coaching.State;
using CoachBot.Dialogs;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Settings;

/// <summary>
/// <c>settings</c>: shows what is set, asks what to change, asks it with onboarding's own question,
/// confirms in one line, and offers the menu again until "done" (or skip, or cancel).
/// </summary>
internal sealed class SettingsDialog : StepDialog<SettingsState>
{
    private readonly OnboardingReplies _replies;
    private readonly ILogger _logger;

    public SettingsDialog(OnboardingReplies replies, ILogger logger)
        : base(DialogIds.Settings, SettingsJson.Default.SettingsState)
    {
        _replies = replies;
        _logger = logger;
        AddStep(AskWhatToChange);
        AddStep(AskNewValue);
        AddStep(Apply);
    }

    private static Task<DialogTurnResult> AskWhatToChange(StepContext<SettingsState> step, CancellationToken ct)
    {
        step.State.Changing = null;
        return step.PromptAsync(step.State.Rounds == 0 ? SettingsIds.MenuPrompt : SettingsIds.MenuAgainPrompt, ct);
    }

    private Task<DialogTurnResult> AskNewValue(StepContext<SettingsState> step, CancellationToken ct)
    {
        var picked = step.Result?.ValueAs<int>() is { } index && index >= 0 && index < SettingsOptions.All.Count
            ? SettingsOptions.All[index]
            : SettingsOptions.Done;
        step.State.Changing = picked;
        var prompt = picked switch
        {
            SettingsOptions.TimeZone => OnboardingIds.ZonePrompt,
            SettingsOptions.CheckInTime => OnboardingIds.CheckInTimePrompt,
            SettingsOptions.Diary => OnboardingIds.DiaryConsentPrompt,
            SettingsOptions.Naps => SettingsIds.NapsPrompt,
            SettingsOptions.Note => SettingsIds.NotePrompt,
            SettingsOptions.SummaryDay => SettingsIds.SummaryDayPrompt,
            _ => null,
        };

        if (prompt is null)
        {
            Say(step, _replies.Messages[SettingsMessageIds.Done]);
            return step.EndAsync(ct);
        }

        return step.PromptAsync(prompt, ct);
    }

    private Task<DialogTurnResult> Apply(StepContext<SettingsState> step, CancellationToken ct)
    {
        var option = step.State.Changing ?? SettingsOptions.Done;
        if (ApplyAnswer(option, step.Result, step.Context) is { } confirmation)
        {
            SettingsLog.Changed(_logger, option);
            Say(step, confirmation);
        }
        else
        {
            Say(step, _replies.Messages[SettingsMessageIds.Unchanged]);
        }

        step.State.Rounds++;
        return step.GoToAsync(nameof(AskWhatToChange), ct);
    }

    /// <summary>Stores the answer in the profile and returns the line that confirms it; null when there was no answer.</summary>
    private string? ApplyAnswer(string option, DialogResult? result, TurnContext turn)
    {
        var profile = turn.TurnState.Get<UserData>().Profile;
        var words = _replies.Messages;
        switch (option)
        {
            case SettingsOptions.TimeZone when result?.ValueAs<ZoneAnswer>() is { } zone:
                profile.TimeZoneId = zone.ZoneId;
                return words.Format(SettingsMessageIds.Changed(option), ("zone_name", _replies.ZoneName(zone.ZoneId)));
            case SettingsOptions.CheckInTime when result?.ValueAs<TimeOnly>() is { } time:
                profile.CheckInTime = time;
                return words.Format(SettingsMessageIds.Changed(option), ("time", OnboardingReplies.Time(turn, time)));
            case SettingsOptions.Diary when result?.ValueAs<bool>() is { } keep:
                profile.DiaryConsent = keep;
                return words[Toggled(option, keep)];
            case SettingsOptions.Naps when result?.ValueAs<bool>() is { } naps:
                profile.AskNaps = naps;
                return words[Toggled(option, naps)];
            case SettingsOptions.Note when result?.ValueAs<bool>() is { } note:
                profile.AskNote = note;
                return words[Toggled(option, note)];
            case SettingsOptions.SummaryDay when result?.ValueAs<int>() is { } index:
                profile.WeeklySummaryOn = SummaryDays.DayOf(index) is not null;
                profile.WeeklySummaryDay = SummaryDays.DayOf(index) ?? profile.WeeklySummaryDay;
                return !profile.WeeklySummaryOn
                    ? words[SettingsMessageIds.Changed(option + "_off")]
                    : words.Format(SettingsMessageIds.Changed(option), ("day", words.Variants(SettingsMessageIds.SummaryDayChoice(SummaryDays.Choices[index]))[0]));
            default:
                return null;
        }
    }

    private static string Toggled(string option, bool on) => SettingsMessageIds.Changed(option + (on ? "_on" : "_off"));

    private static void Say(StepContext<SettingsState> step, string text) => step.Context.SendActivity(step.Context.Activity.CreateReply(text));
}

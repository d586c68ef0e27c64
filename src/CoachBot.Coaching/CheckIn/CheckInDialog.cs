using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Diary;
using CoachBot.Coaching.State;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Coaching.CheckIn;

/// <summary>
/// The morning check-in: last night's diary, one question per message (or one card on channels that
/// show cards), every item skippable, unusual times gently confirmed, then a plain summary. One entry
/// per night: checking in again the same day edits it.
/// </summary>
public sealed class CheckInDialog : StepDialog<CheckInDraft>
{
    private readonly MessageCatalog _messages;
    private readonly TimeProvider _timeProvider;
    private readonly AdviceCoach _advice;

    public CheckInDialog(MessageCatalog messages, TimeProvider timeProvider, AdviceCoach advice)
        : base(Bot.DialogIds.CheckIn, CheckInJson.Default.CheckInDraft)
    {
        _messages = messages;
        _timeProvider = timeProvider;
        _advice = advice;
        AddStep(Start);
        AddStep(ReceiveCard);
        AddStep(AskBedTime);
        AddStep(AskTryTime);
        AddStep(AskSol);
        AddStep(AskWakings);
        AddStep(AskWaso);
        AddStep(AskFinalWake);
        AddStep(AskOutOfBed);
        AddStep(AskQuality);
        AddStep(AskPainNight);
        AddStep(AskPainNow);
        AddStep(AskNaps);
        AddStep(AskNote);
        AddStep(ReceiveNote);
        AddStep(CheckTimes);
        AddStep(ReceiveConfirmation);
        AddStep(Finish);
    }

    private Task<DialogTurnResult> Start(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (CheckInCard.IsSubmit(step.Context.Activity))
        {
            CheckInCard.Apply(step.Context.Activity, step.State);
            return step.GoToAsync(nameof(CheckTimes), ct);
        }

        if (CheckInCard.ChannelShowsCards(step.Context.Activity.ChannelId))
        {
            step.Context.SendActivity(PromptWords.Reply(step.Context, _messages["checkin.card.intro"]));
            step.Context.SendActivity(CheckInCard.Create(step.Context, _messages, Profile(step).AskNaps));
            return step.WaitAsync();
        }

        step.Context.SendActivity(PromptWords.Reply(step.Context, _messages["checkin.intro"]));
        return step.GoToAsync(nameof(AskBedTime), ct);
    }

    private Task<DialogTurnResult> ReceiveCard(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (CheckInCard.IsSubmit(step.Context.Activity))
        {
            CheckInCard.Apply(step.Context.Activity, step.State);
            return step.GoToAsync(nameof(CheckTimes), ct);
        }

        // Typed instead of filling the card: go one question at a time.
        return step.GoToAsync(nameof(AskBedTime), ct);
    }

    private static Task<DialogTurnResult> AskBedTime(StepContext<CheckInDraft> step, CancellationToken ct) =>
        step.PromptAsync(CheckInIds.BedTime, ct);

    private static Task<DialogTurnResult> AskTryTime(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.BedTime = result.ValueAs<TimeOnly>();
        }

        return step.PromptAsync(CheckInIds.TryTime, ct);
    }

    private static Task<DialogTurnResult> AskSol(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.TryTime = IsShortcut(result, CheckInIds.SameShortcut) ? step.State.BedTime : result.ValueAs<TimeOnly>();
        }

        return step.PromptAsync(CheckInIds.Sol, ct);
    }

    private static Task<DialogTurnResult> AskWakings(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.DidNotSleep = IsShortcut(result, CheckInIds.NoSleepShortcut);
            step.State.SolMinutes = result.ValueAs<int>();
        }

        if (step.State.DidNotSleep)
        {
            // No sleep: no wakings to count and no last waking; straight on to getting up.
            step.State.Wakings = step.State.WasoMinutes = null;
            step.State.FinalWake = null;
            return step.GoToAsync(nameof(AskOutOfBed), ct);
        }

        return step.PromptAsync(CheckInIds.Wakings, ct);
    }

    private static Task<DialogTurnResult> AskWaso(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.Wakings = result.ValueAs<int>();
        }

        if (step.State.Wakings == 0)
        {
            step.State.WasoMinutes = 0;
            return step.NextAsync(null, ct);
        }

        return step.PromptAsync(CheckInIds.Waso, ct);
    }

    private static Task<DialogTurnResult> AskFinalWake(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.WasoMinutes = result.ValueAs<int>();
        }

        return step.PromptAsync(CheckInIds.FinalWake, ct);
    }

    private static Task<DialogTurnResult> AskOutOfBed(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.FinalWake = result.ValueAs<TimeOnly>();
        }

        return step.PromptAsync(CheckInIds.OutOfBed, ct);
    }

    private static Task<DialogTurnResult> AskQuality(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.OutOfBed = IsShortcut(result, CheckInIds.SameShortcut) ? step.State.FinalWake : result.ValueAs<TimeOnly>();
        }

        return step.PromptAsync(CheckInIds.Quality, ct);
    }

    private static Task<DialogTurnResult> AskPainNight(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.Quality = result.ValueAs<int>() + 1;
        }

        return step.PromptAsync(CheckInIds.PainNight, ct);
    }

    private static Task<DialogTurnResult> AskPainNow(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.PainNight = result.ValueAs<int>();
        }

        return step.PromptAsync(CheckInIds.PainNow, ct);
    }

    private static Task<DialogTurnResult> AskNaps(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.PainNow = result.ValueAs<int>();
        }

        return Profile(step).AskNaps ? step.PromptAsync(CheckInIds.Naps, ct) : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskNote(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.NapMinutes = result.ValueAs<int>();
        }

        return Profile(step).AskNote ? step.PromptAsync(CheckInIds.Note, ct) : step.NextAsync(null, ct);
    }

    private Task<DialogTurnResult> ReceiveNote(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        if (step.Result is { Value: string note })
        {
            var declined = _messages.Variants("checkin.note.none").Any(p => string.Equals(p, note.Trim().TrimEnd('.', '!'), StringComparison.OrdinalIgnoreCase));
            step.State.Note = declined ? null : note;
        }

        return step.NextAsync(null, ct);
    }

    private Task<DialogTurnResult> CheckTimes(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        var issues = step.State.Confirmed ? PlausibilityIssues.None : NightPlausibility.Check(DiaryEntries.From(step.State, DiaryDate(step), ZoneId(step), null));
        if (issues == PlausibilityIssues.None)
        {
            return step.GoToAsync(nameof(Finish), ct);
        }

        step.Context.SendActivity(PromptWords.Reply(step.Context, _messages.Format("checkin.check.ask", ("details", Describe(issues))), [.. YesNoButtons()]));
        return step.WaitAsync();
    }

    private Task<DialogTurnResult> ReceiveConfirmation(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        var answer = YesNoRecognizer.Recognize(step.Context.Activity.Text, PromptWords.CultureOf(step.Context));
        if (answer is { Kind: RecognitionKind.Recognized, Value: false })
        {
            step.Context.SendActivity(PromptWords.Reply(step.Context, _messages["checkin.check.redo"]));
            step.State.ClearTimes();
            return step.GoToAsync(nameof(AskBedTime), ct);
        }

        // Yes, or anything else: the person's account stands; unusual is not wrong.
        step.State.Confirmed = true;
        return step.NextAsync(null, ct);
    }

    private Task<DialogTurnResult> Finish(StepContext<CheckInDraft> step, CancellationToken ct)
    {
        var user = step.Context.TurnState.Get<UserData>();
        var entry = DiaryEntries.From(step.State, DiaryDate(step), ZoneId(step), TimeOnly.FromDateTime(Now(step).DateTime));
        var summary = new CheckInSummary(_messages, PromptWords.CultureOf(step.Context));
        if (!step.State.HasAnyAnswer)
        {
            step.Context.SendActivity(PromptWords.Reply(step.Context, _messages["checkin.summary.nothing"]));
            return step.EndAsync(ct);
        }

        step.Context.SendActivity(PromptWords.Reply(step.Context, summary.Describe(entry)));
        if (user.Profile.DiaryConsent == false)
        {
            step.Context.SendActivity(PromptWords.Reply(step.Context, _messages["checkin.summary.not_saved"]));
        }
        else
        {
            DiaryEntries.Save(user.Diary, entry);
            step.Context.SendActivity(PromptWords.Reply(step.Context, _messages["checkin.summary.saved"]));
        }

        if (_advice.Offer(user, entry, DiaryDate(step)) is { } advice)
        {
            step.Context.SendActivity(PromptWords.Reply(step.Context, advice));
        }

        return step.EndAsync(ct);
    }

    private string Describe(PlausibilityIssues issues)
    {
        var parts = new List<string>();
        void Add(PlausibilityIssues flag, string id)
        {
            if (issues.HasFlag(flag))
            {
                parts.Add(_messages["checkin.check." + id]);
            }
        }

        Add(PlausibilityIssues.WokeBeforeFallingAsleep, "woke_before_asleep");
        Add(PlausibilityIssues.UpBeforeFinalWaking, "up_before_waking");
        Add(PlausibilityIssues.TriedToSleepBeforeBed, "bed_after_trying");
        Add(PlausibilityIssues.AwakeLongerThanTheNight, "awake_longer_than_night");
        Add(PlausibilityIssues.VeryShortTimeInBed, "short_night");
        Add(PlausibilityIssues.VeryLongTimeInBed, "long_night");
        return string.Join(' ', parts.Take(2));
    }

    private IEnumerable<string> YesNoButtons() => _messages.Contains("buttons.yes") ? [_messages["buttons.yes"], _messages["buttons.no"]] : [];

    private static bool IsShortcut(DialogResult result, string id) => result.Value is PromptShortcut shortcut && shortcut.Id == id;

    private static UserProfile Profile(StepContext<CheckInDraft> step) => step.Context.TurnState.Get<UserData>().Profile;

    private DateTimeOffset Now(StepContext<CheckInDraft> step) => TimeZoneInfo.ConvertTime(_timeProvider.GetUtcNow(), Zone(step));

    private DateOnly DiaryDate(StepContext<CheckInDraft> step) => DateOnly.FromDateTime(Now(step).DateTime);

    private static string ZoneId(StepContext<CheckInDraft> step) => Zone(step).Id;

    /// <summary>The person's zone: their setting, else the channel's, else UTC.</summary>
    private static TimeZoneInfo Zone(StepContext<CheckInDraft> step)
    {
        foreach (var id in new[] { Profile(step).TimeZoneId, step.Context.Activity.LocalTimezone })
        {
            if (id is { Length: > 0 and < 64 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return TimeZoneInfo.Utc;
    }
}

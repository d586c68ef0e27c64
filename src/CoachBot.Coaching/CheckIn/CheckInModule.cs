using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Bot;
using CoachBot.Coaching.Content;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Coaching.CheckIn;

/// <summary>The check-in dialog and its questions, with their words from <c>dialogs/checkin.yaml</c>.</summary>
public sealed class CheckInModule(MessageCatalog messages, TimeProvider timeProvider, AdviceCoach advice) : IDialogModule
{
    public IEnumerable<Dialog> CreateDialogs()
    {
        var words = new PromptWords(messages);
        var morning = new TimeWindow(new TimeOnly(3, 0), new TimeOnly(14, 59));

        yield return new CheckInDialog(messages, timeProvider, advice);
        yield return new TimeOfDayPrompt(CheckInIds.BedTime, words.For<TimeOnly>(CheckInIds.BedTime, PromptWords.ShowTime), TimeWindow.BedTime);
        yield return new TimeOfDayPrompt(CheckInIds.TryTime, words.For<TimeOnly>(CheckInIds.TryTime, PromptWords.ShowTime, messages["checkin.try_time.same_button"]), TimeWindow.BedTime)
        {
            Shortcuts = [words.Shortcut(CheckInIds.SameShortcut, "checkin.try_time.same"), words.Shortcut(CheckInIds.SameShortcut, "checkin.try_time.same_button")],
        };
        yield return new NumberPrompt(CheckInIds.Sol, words.For<int>(CheckInIds.Sol, PromptWords.ShowNumber, messages["checkin.sol.no_sleep_button"]), NumberKind.Minutes, 0, 600)
        {
            Shortcuts = [words.Shortcut(CheckInIds.NoSleepShortcut, "checkin.sol.no_sleep"), words.Shortcut(CheckInIds.NoSleepShortcut, "checkin.sol.no_sleep_button")],
        };
        yield return new NumberPrompt(CheckInIds.Wakings, words.For<int>(CheckInIds.Wakings, PromptWords.ShowNumber), NumberKind.Count, 0, 30);
        yield return new NumberPrompt(CheckInIds.Waso, words.For<int>(CheckInIds.Waso, PromptWords.ShowNumber), NumberKind.Minutes, 0, 720);
        yield return new TimeOfDayPrompt(CheckInIds.FinalWake, words.For<TimeOnly>(CheckInIds.FinalWake, PromptWords.ShowTime), morning);
        yield return new TimeOfDayPrompt(CheckInIds.OutOfBed, words.For<TimeOnly>(CheckInIds.OutOfBed, PromptWords.ShowTime, messages["checkin.out_of_bed.same_button"]), morning)
        {
            Shortcuts = [words.Shortcut(CheckInIds.SameShortcut, "checkin.out_of_bed.same"), words.Shortcut(CheckInIds.SameShortcut, "checkin.out_of_bed.same_button")],
        };
        var qualityChoices = CheckInIds.QualityChoices.Select(id => new Choice(id, messages.Variants($"checkin.quality.choices.{id}"))).ToArray();
        yield return new ChoicePrompt(CheckInIds.Quality, words.For<int>(CheckInIds.Quality, PromptWords.ShowNumber, [.. qualityChoices.Select(c => c.Synonyms[0])]), qualityChoices);
        yield return new NumberPrompt(CheckInIds.PainNight, words.For<int>(CheckInIds.PainNight, PromptWords.ShowNumber), NumberKind.Score, 0, 10);
        yield return new NumberPrompt(CheckInIds.PainNow, words.For<int>(CheckInIds.PainNow, PromptWords.ShowNumber), NumberKind.Score, 0, 10);
        yield return new NumberPrompt(CheckInIds.Naps, words.For<int>(CheckInIds.Naps, PromptWords.ShowNumber), NumberKind.Minutes, 0, 480);
        yield return new TextPrompt(CheckInIds.Note, turn => PromptWords.Reply(turn, messages["checkin.note.ask"]), maxLength: 500);
    }
}

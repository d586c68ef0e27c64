using System.Globalization;
using System.Text;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Diary;
using static CoachBot.Coaching.Progress.ProgressMessageIds;

namespace CoachBot.Coaching.Progress;

/// <summary>
/// The weekly summary (COACHING.md §3 "Weekly"): seven diary dates, "n of 7 nights", then total sleep, time in
/// bed asleep, time to fall asleep, time awake in the night and morning pain, each beside the week before in
/// plain words. No grades, no targets; a missing night is a blank. Pure: the same diary gives the same text.
/// </summary>
public static class WeeklySummary
{
    /// <summary>
    /// The summary of the seven diary dates ending on <paramref name="lastDate"/>, compared with the seven
    /// before. For the weekly morning prompt, pass the day before the prompt's date (the night just past
    /// may not be in the diary yet); on request, <see cref="LastDateFor"/>.
    /// </summary>
    public static string Compose(IReadOnlyList<DiaryEntry> diary, DateOnly lastDate, MessageCatalog messages, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(diary);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(culture);
        var words = new ProgressWords(messages, culture);
        var week = WeekNumbers.Ending(diary, lastDate);
        var before = WeekNumbers.Ending(diary, lastDate.AddDays(-WeekNumbers.Days));
        return Compose(week, before, WeekNumbers.Ending(diary, lastDate.AddDays(-2 * WeekNumbers.Days)), words);
    }

    /// <summary>
    /// The week a summary asked for today covers: up to today when today's night is in the diary, else up to
    /// yesterday, so a summary asked before the morning check-in doesn't count tonight's blank.
    /// </summary>
    public static DateOnly LastDateFor(IReadOnlyList<DiaryEntry> diary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(diary);
        return diary.Any(e => e.DiaryDate == today) ? today : today.AddDays(-1);
    }

    internal static string Compose(WeekNumbers week, WeekNumbers before, WeekNumbers twoBefore, ProgressWords words)
    {
        var messages = words.Messages;
        var first = words.Date(week.First);
        var last = words.Date(week.Last);
        if (week.Nights == 0)
        {
            return messages.Format(SummaryNoNights, ("first", first), ("last", last));
        }

        var text = new StringBuilder(messages.Format(SummaryHeading, ("first", first), ("last", last), ("nights", words.Count(week.Nights))));
        Line(text, words, SummarySleep, week.MeanTotalSleepMinutes, before.MeanTotalSleepMinutes, words.QuarterHours, m => ProgressWords.Quarters(m));
        Line(text, words, SummaryEfficiency, week.MeanEfficiencyPercent, before.MeanEfficiencyPercent, p => words.Percent(p) + "%", ProgressWords.Whole, bare: words.Percent);
        Line(text, words, SummarySol, week.MedianSolMinutes, before.MedianSolMinutes, words.Minutes, ProgressWords.Whole);
        Line(text, words, SummaryWaso, week.MedianWasoMinutes, before.MedianWasoMinutes, words.Minutes, ProgressWords.Whole);
        PainLine(text, words, week.MedianMorningPain, before.MedianMorningPain);

        text.Append('\n').Append(messages[SummaryClosing]);
        if (OfferShare(week, before, twoBefore))
        {
            text.Append('\n').Append(messages[SummaryOfferShare]);
        }

        return text.ToString();
    }

    /// <summary>
    /// COACHING.md §3: offer a summary for the physio or GP once when time in bed asleep was under 80% two weeks
    /// running, or morning pain rose noticeably. "Once" without keeping a flag: only the first week the
    /// low efficiency runs two weeks, and a rise is measured from the week before, so it doesn't repeat.
    /// </summary>
    internal static bool OfferShare(WeekNumbers week, WeekNumbers before, WeekNumbers twoBefore)
    {
        static bool Low(WeekNumbers w) => w.MeanEfficiencyPercent is < 80;
        var lowTwoWeeks = Low(week) && Low(before) && !Low(twoBefore);
        var painRose = week.MedianMorningPain is { } now && before.MedianMorningPain is { } earlier
            && PainChanges.Between(earlier, now) == PainChange.NoticeablyHigher;
        return lowTwoWeeks || painRose;
    }

    private static void Line(
        StringBuilder text,
        ProgressWords words,
        string id,
        double? value,
        double? earlier,
        Func<double, string> show,
        Func<double, int> shown,
        Func<double, string>? bare = null)
    {
        var messages = words.Messages;
        text.Append('\n').Append("- ");
        if (value is not { } now)
        {
            text.Append(messages.Format(TooFew(id), ("too_few", messages[SummaryTooFew])));
            return;
        }

        // "About the same" when both weeks show the same figure; otherwise the week before's figure, plainly.
        var change = earlier is not { } then
            ? messages[ChangeFirstWeek]
            : shown(now) == shown(then) ? messages[ChangeSame] : messages.Format(ChangeWas, ("value", show(then)));
        text.Append(messages.Format(id, ("value", (bare ?? show)(now)), ("change", change)));
    }

    private static void PainLine(StringBuilder text, ProgressWords words, double? value, double? earlier)
    {
        var messages = words.Messages;
        text.Append('\n').Append("- ");
        if (value is not { } now)
        {
            text.Append(messages.Format(TooFew(SummaryPain), ("too_few", messages[SummaryTooFew])));
            return;
        }

        var change = earlier is not { } then
            ? messages[ChangeFirstWeek]
            : messages.Format(
                PainChanges.Between(then, now) switch
                {
                    PainChange.NoticeablyHigher => PainHigher,
                    PainChange.NoticeablyLower => PainLower,
                    _ => PainSame,
                },
                ("value", words.Pain(then)));
        text.Append(messages.Format(SummaryPain, ("value", words.Pain(now)), ("change", change)));
    }
}

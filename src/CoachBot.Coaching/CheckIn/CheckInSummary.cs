using System.Globalization;
using System.Text;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.CheckIn;

/// <summary>The plain recap after a check-in: time in bed, sleep, time asleep in bed, time to fall asleep, time awake, pain.</summary>
internal sealed class CheckInSummary(MessageCatalog messages, CultureInfo culture)
{
    public string Describe(DiaryEntry entry)
    {
        var metrics = SleepMetrics.For(entry);
        var text = new StringBuilder(messages["checkin.summary.intro"]);
        void Line(string id, params (string, string)[] values) => text.Append('\n').Append("- ").Append(messages.Format(id, values));

        if (metrics.TimeInBedMinutes is { } tib)
        {
            Line("checkin.summary.time_in_bed", ("value", Duration(tib)));
        }

        if (entry.DidNotSleep)
        {
            Line("checkin.summary.no_sleep");
        }
        else if (metrics.TotalSleepMinutes is { } tst)
        {
            Line("checkin.summary.total_sleep", ("value", Duration(tst)));
        }

        if (metrics.SleepEfficiencyPercent is { } se && !entry.DidNotSleep)
        {
            Line("checkin.summary.efficiency", ("value", decimal.Round(se, 0, MidpointRounding.AwayFromZero).ToString(culture)));
        }

        if (metrics.SleepOnsetLatencyMinutes is { } sol)
        {
            Line("checkin.summary.sol", ("value", Duration(sol)));
        }

        if (metrics.WakeAfterSleepOnsetMinutes is { } waso && !entry.DidNotSleep)
        {
            Line("checkin.summary.waso", ("value", Duration(waso)));
        }

        switch (entry.PainNight, entry.PainNow)
        {
            case ({ } night, { } now):
                Line("checkin.summary.pain", ("night", night.ToString(culture)), ("now", now.ToString(culture)));
                break;
            case ({ } night, null):
                Line("checkin.summary.pain_night_only", ("night", night.ToString(culture)));
                break;
            case (null, { } now):
                Line("checkin.summary.pain_now_only", ("now", now.ToString(culture)));
                break;
            default:
                break;
        }

        return text.ToString();
    }

    /// <summary>"7 h 30 min", "45 min", "8 h".</summary>
    public string Duration(int minutes)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        return (hours, rest) switch
        {
            (0, _) => messages.Format("checkin.summary.minutes", ("minutes", rest.ToString(culture))),
            (_, 0) => messages.Format("checkin.summary.hours", ("hours", hours.ToString(culture))),
            _ => messages.Format("checkin.summary.hours_minutes", ("hours", hours.ToString(culture)), ("minutes", rest.ToString(culture))),
        };
    }
}

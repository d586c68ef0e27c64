using CoachBot.Coaching.Diary;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Faults;

/// <summary>
/// A whole step-by-step check-in for a seeded, onboarded person, with a bed time and a pain score that differ per
/// person, so a stored entry can be matched to the check-in that made it.
/// </summary>
public sealed class CheckInScript(int variant)
{
    private static readonly (string Said, TimeOnly Time)[] BedTimes =
    [
        ("9pm", new(21, 0)), ("9:30pm", new(21, 30)), ("10pm", new(22, 0)), ("10:30pm", new(22, 30)), ("11pm", new(23, 0)), ("11:30pm", new(23, 30)),
    ];

    public TimeOnly BedTime => BedTimes[variant % BedTimes.Length].Time;

    public int PainNow => variant % 10;

    /// <summary>What the person says, turn by turn; the last answer ends the check-in with the summary.</summary>
    public IReadOnlyList<string> Answers =>
        ["check in", BedTimes[variant % BedTimes.Length].Said, "same", "20 min", "none", "7am", "same", "good", "3", PainNow.ToString(System.Globalization.CultureInfo.InvariantCulture), "no"];

    public static bool EndsWithSavedSummary(IEnumerable<string> replies) => replies.Contains(Words()["checkin.summary.saved"]);

    public static Coaching.Content.MessageCatalog Words() => Support.Words.Messages;

    /// <summary>The entry is the one this script makes, whole.</summary>
    public void AssertIsEntry(DiaryEntry entry)
    {
        Assert.Equal(BedTime, entry.BedTime);
        Assert.Equal(BedTime, entry.TryTime);
        Assert.Equal(20, entry.SolMinutes);
        Assert.Equal(0, entry.Wakings);
        Assert.Equal(new TimeOnly(7, 0), entry.FinalWake);
        Assert.Equal(new TimeOnly(7, 0), entry.OutOfBed);
        Assert.Equal(3, entry.PainNight);
        Assert.Equal(PainNow, entry.PainNow);
    }
}

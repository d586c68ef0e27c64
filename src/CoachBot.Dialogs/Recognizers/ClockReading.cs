namespace CoachBot.Dialogs.Recognizers;

/// <summary>An hour and minute as written, before the morning/evening question is settled.</summary>
internal readonly record struct ClockReading(int Hour, int Minute, Meridiem Meridiem)
{
    /// <summary>"half past ten": the same hour and meridiem, another minute.</summary>
    public ClockReading At(int minute) => this with { Minute = minute };

    /// <summary>"ten to seven": <paramref name="minutes"/> before this hour.</summary>
    public ClockReading Before(int minutes)
    {
        var hour = Meridiem == Meridiem.Fixed || Hour > 12
            ? (Hour + 23) % 24
            : Hour == 1 ? 12 : Hour - 1;
        return this with { Hour = hour, Minute = 60 - minutes };
    }

    /// <summary>"pm", "in the morning", "at night": settles a 1 to 12 reading; a 24-hour one keeps its hour.</summary>
    public ClockReading With(Meridiem meridiem) =>
        Hour is >= 1 and <= 12 ? this with { Meridiem = meridiem } : this;

    /// <summary>One clock time, or two (morning first) when the answer didn't say which half of the day.</summary>
    public IReadOnlyList<TimeOnly> Candidates()
    {
        var hour12 = Hour % 12;
        return Meridiem switch
        {
            _ when Hour is 0 or > 12 => [new TimeOnly(Hour % 24, Minute)],
            Meridiem.Am => [new TimeOnly(hour12, Minute)],
            Meridiem.Pm => [new TimeOnly(hour12 + 12, Minute)],
            Meridiem.Fixed => [new TimeOnly(Hour, Minute)],
            _ => [new TimeOnly(hour12, Minute), new TimeOnly(hour12 + 12, Minute)],
        };
    }
}

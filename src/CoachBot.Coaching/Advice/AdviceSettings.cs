namespace CoachBot.Coaching.Advice;

/// <summary>How advice is given (configuration section <c>Advice</c>).</summary>
public sealed class AdviceSettings
{
    /// <summary>An item given is not given again within this many whole days; default 7.</summary>
    public TimeSpan NoRepeatWithin { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many of the latest items given are kept in the person's state; default 30.</summary>
    public int Remember { get; set; } = 30;

    internal int NoRepeatDays => (int)NoRepeatWithin.TotalDays;

    internal bool IsValid => NoRepeatWithin >= TimeSpan.Zero && NoRepeatWithin <= TimeSpan.FromDays(60) && Remember is >= 1 and <= 200;
}

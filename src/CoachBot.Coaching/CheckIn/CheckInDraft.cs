namespace CoachBot.Coaching.CheckIn;

/// <summary>The answers of a check-in in progress, kept in the dialog's state between questions.</summary>
public sealed class CheckInDraft
{
    public TimeOnly? BedTime { get; set; }

    public TimeOnly? TryTime { get; set; }

    public int? SolMinutes { get; set; }

    public bool DidNotSleep { get; set; }

    public int? Wakings { get; set; }

    public int? WasoMinutes { get; set; }

    public TimeOnly? FinalWake { get; set; }

    public TimeOnly? OutOfBed { get; set; }

    public int? Quality { get; set; }

    public int? PainNight { get; set; }

    public int? PainNow { get; set; }

    public int? NapMinutes { get; set; }

    public string? Note { get; set; }

    /// <summary>The person confirmed times that looked unusual; don't ask again.</summary>
    public bool Confirmed { get; set; }

    public bool HasAnyAnswer =>
        BedTime is not null || TryTime is not null || SolMinutes is not null || DidNotSleep || Wakings is not null
        || WasoMinutes is not null || FinalWake is not null || OutOfBed is not null || Quality is not null
        || PainNight is not null || PainNow is not null || NapMinutes is not null || Note is not null;

    /// <summary>Forgets the clock answers (the person said the unusual times were not right).</summary>
    public void ClearTimes()
    {
        BedTime = TryTime = FinalWake = OutOfBed = null;
        SolMinutes = WasoMinutes = Wakings = null;
        DidNotSleep = false;
    }
}

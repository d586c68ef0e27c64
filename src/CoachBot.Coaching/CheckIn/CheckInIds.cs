namespace CoachBot.Coaching.CheckIn;

/// <summary>Ids of the check-in's prompts (also their content ids under <c>checkin.</c>) and shortcuts.</summary>
internal static class CheckInIds
{
    public const string BedTime = "checkin.bed_time";
    public const string TryTime = "checkin.try_time";
    public const string Sol = "checkin.sol";
    public const string Wakings = "checkin.wakings";
    public const string Waso = "checkin.waso";
    public const string FinalWake = "checkin.final_wake";
    public const string OutOfBed = "checkin.out_of_bed";
    public const string Quality = "checkin.quality";
    public const string PainNight = "checkin.pain_night";
    public const string PainNow = "checkin.pain_now";
    public const string Naps = "checkin.naps";
    public const string Note = "checkin.note";

    public const string SameShortcut = "same";
    public const string NoSleepShortcut = "no_sleep";

    /// <summary>The card's submit data carries this discriminator.</summary>
    public const string CardSubmitKey = "checkin";
    public const string CardSubmitValue = "card";

    /// <summary>Quality answers in scale order (1 to 5); their words are under <c>checkin.quality.choices</c>.</summary>
    public static readonly string[] QualityChoices = ["very_poor", "poor", "fair", "good", "very_good"];
}

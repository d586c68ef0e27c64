namespace CoachBot.Coaching.Safety;

/// <summary>Ids of the words in <c>dialogs/safety.yaml</c>.</summary>
internal static class SafetyMessageIds
{
    public const string CrisisAsk = "safety.crisis.ask";
    public const string CrisisAgain = "safety.crisis.again";
    public const string CountryUnknown = "safety.signposts.country_unknown";
    public const string Accepted = "safety.followup.accepted";
    public const string OfferCheckIn = "safety.followup.offer_checkin";
    public const string OfferContinue = "safety.followup.offer_continue";
    public const string NothingPaused = "safety.followup.nothing_paused";
    public const string StillHere = "safety.followup.still_here";
    public const string Resumed = "safety.followup.resumed";
    public const string Left = "safety.followup.left";
    public const string Later = "safety.followup.later";
    public const string OnHold = "safety.followup.on_hold";
    public const string Negated = "safety.negated";
    public const string UnsureAsk = "safety.unsure.ask";
    public const string UnsureNo = "safety.unsure.no";
    public const string UnsureUnclear = "safety.unsure.unclear";
    public const string RedFlagDriving = "safety.red_flag.driving";
    public const string RedFlagPaused = "safety.red_flag.paused";

    public static string Signposts(SafetyRegion region) => "safety.signposts." + SafetyRegions.Key(region);

    public static string RedFlagReply(RedFlagTier tier) => "safety.red_flag.reply." + TierKey(tier);

    public static string RedFlagRoute(SafetyRegion region, RedFlagTier tier) => $"safety.red_flag.routes.{SafetyRegions.Key(region)}.{TierKey(tier)}";

    public static string RedFlagWhat(RedFlagKind kind) => "safety.red_flag.what." + kind switch
    {
        RedFlagKind.BladderBowel => "bladder_bowel",
        RedFlagKind.SaddleNumbness => "saddle_numbness",
        RedFlagKind.LegsWeak => "legs_weak",
        RedFlagKind.ChestPain => "chest_pain",
        RedFlagKind.SuddenHeadache => "sudden_headache",
        RedFlagKind.SuddenPain => "sudden_pain",
        RedFlagKind.BackPainWithFever => "back_pain_with_fever",
        RedFlagKind.PainAfterFall => "pain_after_fall",
        RedFlagKind.BreathingStops => "breathing_stops",
        RedFlagKind.SnoringAndSleepiness => "snoring_and_sleepiness",
        RedFlagKind.DrowsyDriving => "drowsy_driving",
        RedFlagKind.NightPainNoPosition => "night_pain_no_position",
        _ => "weight_loss",
    };

    /// <summary>Every id the safety check can use, so a missing one fails a test (and start-up), never a turn.</summary>
    public static IEnumerable<string> All()
    {
        string[] fixedIds =
        [
            CrisisAsk, CrisisAgain, CountryUnknown, Accepted, OfferCheckIn, OfferContinue, NothingPaused, StillHere, Resumed, Left, Later,
            OnHold, Negated, UnsureAsk, UnsureNo, UnsureUnclear, RedFlagDriving, RedFlagPaused,
        ];
        return fixedIds
            .Concat(Enum.GetValues<SafetyRegion>().Select(Signposts))
            .Concat(Enum.GetValues<RedFlagTier>().Select(RedFlagReply))
            .Concat(Enum.GetValues<SafetyRegion>().SelectMany(r => Enum.GetValues<RedFlagTier>().Select(t => RedFlagRoute(r, t))))
            .Concat(Enum.GetValues<RedFlagKind>().Select(RedFlagWhat));
    }

    private static string TierKey(RedFlagTier tier) => tier switch
    {
        RedFlagTier.Now => "now",
        RedFlagTier.SameDay => "same_day",
        _ => "soon",
    };
}

namespace CoachBot.Coaching.Progress;

/// <summary>Ids of the words in <c>dialogs/progress.yaml</c>.</summary>
internal static class ProgressMessageIds
{
    public const string SummaryHeading = "progress.summary.heading";
    public const string SummaryNoNights = "progress.summary.no_nights";
    public const string SummaryTooFew = "progress.summary.too_few";
    public const string SummarySleep = "progress.summary.sleep";
    public const string SummaryEfficiency = "progress.summary.efficiency";
    public const string SummarySol = "progress.summary.sol";
    public const string SummaryWaso = "progress.summary.waso";
    public const string SummaryPain = "progress.summary.pain";
    public const string SummaryClosing = "progress.summary.closing";
    public const string SummaryOfferShare = "progress.summary.offer_share";
    public const string ChangeSame = "progress.summary.change.same";
    public const string ChangeWas = "progress.summary.change.was";
    public const string ChangeFirstWeek = "progress.summary.change.first_week";
    public const string PainSame = "progress.summary.change.pain_same";
    public const string PainHigher = "progress.summary.change.pain_higher";
    public const string PainLower = "progress.summary.change.pain_lower";

    public const string DurationMinutes = "progress.duration.minutes";
    public const string DurationHalfHour = "progress.duration.half_hour";
    public const string DurationOneHour = "progress.duration.one_hour";
    public const string DurationHours = "progress.duration.hours";
    public const string DurationQuarter = "progress.duration.quarter";
    public const string DurationHalf = "progress.duration.half";
    public const string DurationThreeQuarters = "progress.duration.three_quarters";

    public const string PatternTooFew = "progress.pattern.too_few";
    public const string PatternTooSteady = "progress.pattern.too_steady";
    public const string PatternUnclear = "progress.pattern.unclear";
    public const string PatternLower = "progress.pattern.lower";
    public const string PatternHigher = "progress.pattern.higher";
    public const string PatternResearch = "progress.pattern.research";

    public const string ChartNotGiven = "progress.chart.not_given";

    public const string ShareIntro = "progress.share.intro";
    public const string ShareLink = "progress.share.link";
    public const string ShareFileName = "progress.share.file_name";

    /// <summary>A line's words when its figure has too few nights: <c>progress.summary.sleep_too_few</c>.</summary>
    public static string TooFew(string lineId) => lineId + "_too_few";
}

using System.Collections.Frozen;

namespace CoachBot.Coaching.Advice;

/// <summary>The <c>when:</c> names of the advice library, and the numbers each pattern can put in a phrasing.</summary>
public static class AdvicePatterns
{
    private static readonly FrozenDictionary<string, AdvicePattern> ByName = new Dictionary<string, AdvicePattern>(StringComparer.Ordinal)
    {
        ["high_pain_several_nights"] = AdvicePattern.HighPainSeveralNights,
        ["flare"] = AdvicePattern.Flare,
        ["rough_night"] = AdvicePattern.RoughNight,
        ["lie_in"] = AdvicePattern.LieIn,
        ["early_bedtime"] = AdvicePattern.EarlyBedtime,
        ["long_nap"] = AdvicePattern.LongNap,
        ["long_sol"] = AdvicePattern.LongSol,
        ["long_waso"] = AdvicePattern.LongWaso,
        ["good_night"] = AdvicePattern.GoodNight,
        ["any"] = AdvicePattern.Any,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<AdvicePattern, string> Names = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    /// <summary>The placeholders each pattern always fills; a phrasing may use only these.</summary>
    private static readonly FrozenDictionary<AdvicePattern, string[]> PlaceholderNames = new Dictionary<AdvicePattern, string[]>
    {
        [AdvicePattern.HighPainSeveralNights] = ["nights", "of"],
        [AdvicePattern.Flare] = ["pain_night"],
        [AdvicePattern.RoughNight] = [],
        [AdvicePattern.LieIn] = ["minutes_later"],
        [AdvicePattern.EarlyBedtime] = ["minutes_earlier"],
        [AdvicePattern.LongNap] = ["nap_minutes"],
        [AdvicePattern.LongSol] = ["sol_minutes"],
        [AdvicePattern.LongWaso] = ["waso_minutes"],
        [AdvicePattern.GoodNight] = ["steady", "of"],
        [AdvicePattern.Any] = [],
    }.ToFrozenDictionary();

    public static IEnumerable<string> AllNames => ByName.Keys;

    public static bool TryParse(string name, out AdvicePattern pattern) => ByName.TryGetValue(name, out pattern);

    public static string NameOf(AdvicePattern pattern) => Names[pattern];

    public static IReadOnlyList<string> Placeholders(AdvicePattern pattern) => PlaceholderNames[pattern];
}

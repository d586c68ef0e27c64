using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Tone;

/// <summary>
/// The banned words and phrasings of COACHING.md §5, and what §4 says the coach never does (prescribe
/// a bedtime, a sleep window or a medicine; diagnose; promise a cure). Matching ignores case and
/// works on whole words; curly apostrophes count as straight ones.
/// </summary>
internal static class ToneRules
{
    /// <summary>Medicines and sleep aids a reply never names (a clinician or pharmacist advises on these).</summary>
    public static IReadOnlyList<string> Medicines { get; } =
    [
        "melatonin", "zopiclone", "zolpidem", "zaleplon", "eszopiclone", "temazepam", "nitrazepam", "diazepam",
        "lorazepam", "clonazepam", "amitriptyline", "nortriptyline", "gabapentin", "pregabalin", "trazodone",
        "mirtazapine", "quetiapine", "diphenhydramine", "doxylamine", "promethazine", "sominex", "nytol",
        "ibuprofen", "naproxen", "diclofenac", "paracetamol", "acetaminophen", "aspirin", "codeine", "co-codamol",
        "dihydrocodeine", "tramadol", "morphine", "oxycodone", "tapentadol", "buprenorphine", "fentanyl",
        "duloxetine", "cannabidiol", "cbd", "valerian", "antihistamines?", "benzodiazepines?", "opioids?",
        "sleeping pills?", "sleeping tablets?", "sleep aids?",
    ];

    /// <summary>Conditions a reply never tells the person they have.</summary>
    public static IReadOnlyList<string> Conditions { get; } =
    [
        "insomnia", "sleep apn(?:o)?ea", "apn(?:o)?ea", "fibromyalgia", "osteoarthritis", "arthritis", "depression",
        "an anxiety disorder", "anxiety disorder", "sciatica", "restless legs(?: syndrome)?", "narcolepsy",
        "a sleep disorder", "sleep disorder", "a slipped disc", "slipped disc", "a herniated disc", "herniated disc",
        "chronic fatigue(?: syndrome)?", "cauda equina(?: syndrome)?", "neuropathy", "a trapped nerve", "trapped nerve",
    ];

    private const string Negations = "not|no|never|nor|without|cannot|isn't|wasn't|aren't|weren't|doesn't|don't|didn't|won't|hasn't|haven't|hadn't|can't|couldn't|shouldn't|wouldn't";

    private static readonly Regex NegationWord = new($"^(?:{Negations})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Word = new(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<ToneRule> All { get; } =
    [
        new("bad-night", @"\bbad\s+(?:nights?|sleep|sleeps|sleepers?|sleeping)\b"),
        new("poor-sleeper", @"\bpoor\s+sleepers?\b"),
        new("failure", @"\bfail(?:s|ed|ing|ure|ures)?\b"),
        new("ruined", @"\bruin(?:s|ed|ing)?\b", NegatedWithinThreeWords),
        new("you-should", @"\byou(?:\s+really|\s+definitely|\s+absolutely|\s+just)?(?:\s+should|\s+must|\s+ought\s+to|\s+need\s+to|\s+needs\s+to|\s+have\s+to|'ve\s+got\s+to|\s+have\s+got\s+to|\s+gotta|'d\s+better|\s+had\s+better)\b"),
        new("always-never", @"(?<=(?:^|[.!?:;]\s|\n)\s*)(?:Always|Never)\s+(?!mind\b)\p{Ll}", caseSensitive: true),
        new("just-relax", @"\bjust\s+relax\b"),
        new("push-through", @"\bpush(?:es|ed|ing)?\s+(?:yourself\s+|it\s+)?through\b"),
        new("try-harder", @"\b(?:try|tries|trying|tried)\s+harder\b"),
        new("dont-worry", @"\b(?:don't|dont|do\s+not)\s+worry\b"),
        new("its-nothing", @"\b(?:it's|it\s+is|its|that's|that\s+is)\s+nothing\b|\bnothing\s+to\s+worry\s+about\b"),
        new("great-job", @"\b(?:great|good|nice)\s+job\b"),
        new("streak", @"\bstreaks?\b"),
        new("sufferer", @"\bsufferers?\b"),
        new("insomniac", @"\binsomniacs?\b"),
        new("compliance", @"\b(?:non-?)?complian(?:ce|t)\b"),
        new("lazy", @"\blaz(?:y|iness)\b"),
        new("excuse", @"\bexcuses?\b"),
        new("cheat", @"\bcheat(?:s|ed|ing|er|ers)?\b"),
        new("committed-suicide", @"\bcommit(?:s|ted)?\s+suicide\b"),
        new("protect-your-back", @"\bprotect\s+your\s+back\b"),
        new("diagnosis", $@"\b(?:you(?:'ve|\s+have)?\s+(?:got|have|may\s+have|might\s+have|probably\s+have|likely\s+have|could\s+have|seem\s+to\s+have|are\s+suffering\s+from)|(?:sounds|looks|seems)\s+like|this\s+is|that's|that\s+is|it's|it\s+is)\s+(?:{string.Join('|', Conditions)})\b|\byou(?:'re|\s+are)\s+(?:clinically\s+)?depressed\b"),
        new("cure-promise", @"\b(?:will|would|is\s+going\s+to|are\s+going\s+to)\s+(?:cure|fix|heal|end|eliminate|get\s+rid\s+of|take\s+away)\s+(?:your\s+|the\s+)?(?:pain|insomnia|sleep\s+problems?|sleeplessness)\b|\bwill\s+cure\b|\bcures?\s+(?:your|the)\s+(?:pain|insomnia|sleep)\b|\bguarantee(?:s|d)?\b|\bno\s+more\s+pain\b"),
        new("bedtime", @"\b(?:go|goes|going|get|getting|head|heading|be)\s+(?:to|in|into)\s+bed\s+(?:at|by|before|around|no\s+later\s+than|not\s+before)\s+(?:\d|midnight|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)|\bbed\s?time\s+(?:of|at|is|should\s+be|to|will\s+be)\s+\d|\b(?:set|keep|move|change)\s+(?:your\s+)?bed\s?time\s+(?:to|at|for)\b|\b(?:wake|get)\s+up\s+at\s+\d"),
        new("time-in-bed", @"\bsleep\s+(?:window|restriction|compression)s?\b|\brestrict(?:s|ed|ing)?\s+(?:your\s+)?(?:sleep|time\s+in\s+bed)\b|\bstay\s+in\s+bed\s+only\b|\bonly\s+(?:stay|lie|be)\s+in\s+bed\b|\bonly\s+(?:go|get)\s+(?:to|into)\s+bed\b|\b(?:limit|cap|cut|reduce|shorten)\s+(?:your\s+)?(?:time\s+in\s+bed|hours\s+in\s+bed|sleep\s+time)\b|\b(?:no\s+more\s+than|at\s+most|a\s+maximum\s+of|max(?:imum)?|only)\s+\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\s+(?:in\s+bed|of\s+sleep|asleep)\b|\btime[-\s]in[-\s]bed\s+(?:limit|window|target)\b"),
        new("medication", $@"\b(?:{string.Join('|', Medicines)})\b"),
        new("dose", @"\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|micrograms?|milligrams?|ml|millilitres?|milliliters?)\b|\b(?:take|try|use|increase|reduce|lower|raise|double|skip|stop|start)\s+(?:a\s+|an\s+|your\s+|some\s+|more\s+|less\s+|the\s+|another\s+)?(?:pills?|tablets?|medications?|medicines?|meds|doses?|dosage)\b"),
    ];

    /// <summary>"isn't ruined", "not ruined", "doesn't ruin": a negation among the three words before.</summary>
    private static bool NegatedWithinThreeWords(string text, Match match)
    {
        var before = Word.Matches(text[..match.Index]);
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - 3; i--)
        {
            if (NegationWord.IsMatch(before[i].Value))
            {
                return true;
            }
        }

        return false;
    }
}

namespace CoachBot.Coaching.Safety;

/// <summary>
/// How answers after a safety reply are read: to the crisis question (a denial or a yes), to "carry on or
/// leave it for now?", and a country named for helplines. Phrases to listen for, in the syntax of
/// <see cref="SafetyPattern"/>; nothing here is shown to anyone.
/// </summary>
internal static class FollowUpPhrases
{
    private const int MaxAnswerLength = 300;

    private static readonly PhraseTable<FollowUpCue> Answers = new(Group(FollowUpCue.Denial,
        [
            "im/i_am/i_m/am/honestly_im/really_im ok/okay/fine/alright/all_right/good/safe/not_suicidal",
            "its/it_is/all ok/okay/fine/good",
            "no/nope/nah/not_really/not_at_all/of_course_not/definitely_not/god_no",
            "you misunderstood/misunderstand/misread/got_it_wrong/got_me_wrong/took_it_wrong",
            "misunderstood/misunderstanding",
            "wrong end of the stick",
            "not like that",
            "i didnt/did_not mean it",
            "didnt/did_not mean it",
            "joking/kidding/jk",
            "i was joking/kidding",
            "figure of speech",
            "just a saying/expression",
            "just tired/exhausted/venting/frustrated/fed_up/knackered/shattered/the_pain",
            "sorry",
        ]).Concat(Group(FollowUpCue.Affirm,
        [
            "yes/yeah/yep/yh/yea/ya/yup/sometimes/maybe/possibly/lately/often/always",
            "i think so",
            "kind/sort of",
            "a bit/little",
            "i do/am/have",
            "ive been having/thinking",
        ])));

    private static readonly PhraseTable<FollowUpCue> Offers = new(Group(FollowUpCue.CarryOn,
        [
            "carry on",
            "continue/resume/sure/ok/okay/alright/fine/yes/yeah/yep/yh/ya/yup/please",
            "go on/ahead",
            "lets go/carry/continue/do/finish",
            "pick it up",
        ]).Concat(Group(FollowUpCue.LeaveIt,
        [
            "leave/pause it/that/for",
            "not now/today/yet/right_now",
            "later/tomorrow/no/nope/nah",
            "another time",
        ])));

    private static readonly PhraseTable<FollowUpCue> Countries = new(Group(FollowUpCue.CountryUk,
        ["uk/u_k/britain/great_britain/england/scotland/wales/northern_ireland/united_kingdom/gb/london/british/english/scottish/welsh"])
        .Concat(Group(FollowUpCue.CountryUs, ["us/usa/u_s/u_s_a/america/united_states/united_states_of_america/the_states/american"])));

    /// <summary>The answer to the crisis question or the gentle check: <see cref="FollowUpCue.Denial"/>, <see cref="FollowUpCue.Affirm"/> or null.</summary>
    public static FollowUpCue? ReadAnswer(string? text) => First(Answers, text);

    /// <summary>The answer to "carry on, or leave it for now?": <see cref="FollowUpCue.CarryOn"/>, <see cref="FollowUpCue.LeaveIt"/> or null.</summary>
    public static FollowUpCue? ReadOffer(string? text) => First(Offers, text);

    /// <summary>A country named as the whole answer ("UK", "I'm in the US"), or null.</summary>
    public static FollowUpCue? ReadCountry(string? text)
    {
        var tokens = Tokens(text);
        var start = 0;
        foreach (var lead in new[] { "im", "i", "live", "am", "in", "the" })
        {
            if (start < tokens.Count && tokens[start] == lead)
            {
                start++;
            }
        }

        var end = tokens.Count;
        while (end > start && tokens.IsBoundary(end - 1))
        {
            end--;
        }

        return Countries.FindAll(tokens).FirstOrDefault(m => m.Start == start && m.End == end) is { End: > 0 } match ? match.Label : null;
    }

    /// <summary>The answer's first cue decides it ("no, I'm ok", "yes I am").</summary>
    private static FollowUpCue? First(PhraseTable<FollowUpCue> table, string? text) =>
        table.FindAll(Tokens(text)) is [var first, ..] ? first.Label : null;

    private static SafetyTokens Tokens(string? text) =>
        SafetyText.Tokenize((text ?? string.Empty).AsSpan(0, Math.Min(text?.Length ?? 0, MaxAnswerLength)));

    private static IEnumerable<(string, FollowUpCue)> Group(FollowUpCue cue, string[] phrases) => phrases.Select(p => (p, cue));
}

namespace CoachBot.Coaching.Safety;

/// <summary>
/// Combines red-flag cues into the flags of COACHING.md §6: some stand alone (chest pain), some need two
/// things said together (back pain and a fever; numbness and "down there" in the same sentence).
/// Returns the most urgent flag, or null.
/// </summary>
internal static class RedFlagRules
{
    public static SafetyAssessment? Evaluate(SafetyTokens tokens, IReadOnlyList<PhraseMatch<RedFlagCue>> cues)
    {
        bool Has(params RedFlagCue[] kinds) => cues.Any(c => kinds.Contains(c.Label));

        if (Has(RedFlagCue.BladderBowel))
        {
            return SafetyAssessment.Flag(RedFlagKind.BladderBowel, RedFlagTier.Now);
        }

        if (Near(tokens, cues, RedFlagCue.Numb, RedFlagCue.SaddleArea, 6))
        {
            return SafetyAssessment.Flag(RedFlagKind.SaddleNumbness, RedFlagTier.Now);
        }

        if (Near(tokens, cues, RedFlagCue.Legs, RedFlagCue.Weak, 5))
        {
            return SafetyAssessment.Flag(RedFlagKind.LegsWeak, RedFlagTier.Now);
        }

        if (Has(RedFlagCue.ChestPain))
        {
            return SafetyAssessment.Flag(RedFlagKind.ChestPain, RedFlagTier.Now);
        }

        if (Has(RedFlagCue.WorstHeadache) || SuddenAndSevere(tokens, cues, RedFlagCue.Headache))
        {
            return SafetyAssessment.Flag(RedFlagKind.SuddenHeadache, RedFlagTier.Now);
        }

        if (SuddenAndSevere(tokens, cues, RedFlagCue.Pain) || SuddenAndSevere(tokens, cues, RedFlagCue.Hurt))
        {
            return SafetyAssessment.Flag(RedFlagKind.SuddenPain, RedFlagTier.Now);
        }

        if (Has(RedFlagCue.Back) && Has(RedFlagCue.Fever))
        {
            return SafetyAssessment.Flag(RedFlagKind.BackPainWithFever, RedFlagTier.SameDay);
        }

        if (Has(RedFlagCue.Fall) && Has(RedFlagCue.Hurt, RedFlagCue.Pain, RedFlagCue.Severe))
        {
            return SafetyAssessment.Flag(RedFlagKind.PainAfterFall, RedFlagTier.SameDay);
        }

        if (Has(RedFlagCue.BreathingStops))
        {
            return SafetyAssessment.Flag(RedFlagKind.BreathingStops, RedFlagTier.Soon);
        }

        if (Near(tokens, cues, RedFlagCue.Drowsy, RedFlagCue.Driving, 4) || Near(tokens, cues, RedFlagCue.Sleepy, RedFlagCue.Driving, 4))
        {
            return SafetyAssessment.Flag(RedFlagKind.DrowsyDriving, RedFlagTier.Soon);
        }

        if (Has(RedFlagCue.OwnSnoring) && Has(RedFlagCue.Sleepy, RedFlagCue.Drowsy))
        {
            return SafetyAssessment.Flag(RedFlagKind.SnoringAndSleepiness, RedFlagTier.Soon);
        }

        if (Has(RedFlagCue.NoPositionEases))
        {
            return SafetyAssessment.Flag(RedFlagKind.NightPainNoPosition, RedFlagTier.Soon);
        }

        if (Has(RedFlagCue.WeightLoss) && !Has(RedFlagCue.WeightOnPurpose))
        {
            return SafetyAssessment.Flag(RedFlagKind.WeightLoss, RedFlagTier.Soon);
        }

        return null;
    }

    /// <summary>Two cues in the same sentence with at most <paramref name="maxGap"/> words between, and no "then" between them.</summary>
    private static bool Near(SafetyTokens tokens, IReadOnlyList<PhraseMatch<RedFlagCue>> cues, RedFlagCue a, RedFlagCue b, int maxGap)
    {
        foreach (var x in cues.Where(c => c.Label == a))
        {
            foreach (var y in cues.Where(c => c.Label == b))
            {
                var (from, to) = x.Start <= y.Start ? (x.End, y.Start) : (y.End, x.Start);
                if (to - from <= maxGap && SameSentence(tokens, Math.Min(x.Start, y.Start), Math.Max(x.End, y.End)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Something sudden, severe and painful said in one sentence of at most a dozen words.</summary>
    private static bool SuddenAndSevere(SafetyTokens tokens, IReadOnlyList<PhraseMatch<RedFlagCue>> cues, RedFlagCue what)
    {
        foreach (var sudden in cues.Where(c => c.Label == RedFlagCue.Sudden))
        {
            foreach (var severe in cues.Where(c => c.Label == RedFlagCue.Severe))
            {
                foreach (var thing in cues.Where(c => c.Label == what))
                {
                    var start = Math.Min(sudden.Start, Math.Min(severe.Start, thing.Start));
                    var end = Math.Max(sudden.End, Math.Max(severe.End, thing.End));
                    if (end - start <= 12 && SameSentence(tokens, start, end))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool SameSentence(SafetyTokens tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens.IsBoundary(i) || tokens[i] == "then")
            {
                return false;
            }
        }

        return true;
    }
}

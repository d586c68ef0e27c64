namespace CoachBot.Coaching.Safety;

/// <summary>
/// Reads one message for crisis language and medical red flags (COACHING.md §6). Pure and fast: a
/// long message is read in overlapping windows, so words at its end count as much as words at its start,
/// and the work grows only linearly with length (up to a cap far beyond any real message).
/// </summary>
internal static class SafetyClassifier
{
    /// <summary>Characters read at a time; a phrase shorter than <see cref="Overlap"/> is never cut in two.</summary>
    internal const int WindowSize = 2_000;

    internal const int Overlap = 200;

    /// <summary>Beyond this the middle of a message is skipped: its first and last parts are still read.</summary>
    internal const int MaxScanned = 64_000;

    public static SafetyAssessment Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SafetyAssessment.None;
        }

        if (text.Length <= WindowSize)
        {
            return ClassifyWindow(text);
        }

        var best = SafetyAssessment.None;
        foreach (var window in Windows(text))
        {
            var assessment = ClassifyWindow(window.Span);
            if (assessment.Urgency > best.Urgency)
            {
                best = assessment;
            }

            if (best.Outcome == SafetyOutcome.Crisis)
            {
                break;
            }
        }

        return best;
    }

    private static IEnumerable<ReadOnlyMemory<char>> Windows(string text)
    {
        var memory = text.AsMemory();
        if (memory.Length > MaxScanned)
        {
            // Read the last part first: what someone writes at the end of a long message is often what matters.
            var half = MaxScanned / 2;
            foreach (var window in Windows(memory[^half..]))
            {
                yield return window;
            }

            memory = memory[..half];
        }

        foreach (var window in Windows(memory))
        {
            yield return window;
        }
    }

    private static IEnumerable<ReadOnlyMemory<char>> Windows(ReadOnlyMemory<char> text)
    {
        for (var start = 0; start < text.Length; start += WindowSize - Overlap)
        {
            yield return text.Slice(start, Math.Min(WindowSize, text.Length - start));
            if (start + WindowSize >= text.Length)
            {
                yield break;
            }
        }
    }

    private static SafetyAssessment ClassifyWindow(ReadOnlySpan<char> text)
    {
        var tokens = SafetyText.Tokenize(text);
        var crisis = Effective(CrisisPhrases.Table.FindAll(tokens), CrisisCue.Benign);
        var spoken = crisis.Where(m => !Negation.IsNegated(tokens, m.Start)).ToList();
        var assessment = spoken.Exists(m => m.Label == CrisisCue.Crisis) ? SafetyAssessment.Crisis
            : spoken.Exists(m => m.Label == CrisisCue.Unsure) ? SafetyAssessment.Unsure
            : crisis.Count > 0 ? SafetyAssessment.Negated
            : SafetyAssessment.None;
        if (assessment.Outcome == SafetyOutcome.Crisis)
        {
            return assessment;
        }

        var cues = Effective(RedFlagPhrases.Table.FindAll(tokens), RedFlagCue.Benign)
            .Where(m => !Negation.IsNegated(tokens, m.Start))
            .ToList();
        return RedFlagRules.Evaluate(tokens, cues) is { } flag && flag.Urgency > assessment.Urgency ? flag : assessment;
    }

    /// <summary>
    /// The matches that count: a harmless phrase ("5 kms", "hurt myself lifting") cancels any match it
    /// overlaps and reaches at least to the end of, and is itself dropped.
    /// </summary>
    private static List<PhraseMatch<TLabel>> Effective<TLabel>(List<PhraseMatch<TLabel>> matches, TLabel benign)
        where TLabel : struct, Enum
    {
        var harmless = matches.Where(m => EqualityComparer<TLabel>.Default.Equals(m.Label, benign)).ToList();
        return matches
            .Where(m => !EqualityComparer<TLabel>.Default.Equals(m.Label, benign))
            .Where(m => !harmless.Exists(b => b.Start < m.End && m.Start < b.End && b.End >= m.End))
            .ToList();
    }
}

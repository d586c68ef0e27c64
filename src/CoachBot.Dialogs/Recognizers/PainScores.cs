namespace CoachBot.Dialogs.Recognizers;

/// <summary>Finds ratings in an answer: "6", "seven", "6/10", "6 out of 10", "6.5", "6-7", "6 or 7".</summary>
internal sealed class PainScores
{
    private readonly AnswerText _answer;
    private readonly List<(int Low, int High)> _ratings = [];

    private PainScores(AnswerText answer) => _answer = answer;

    /// <summary>One (low, high) pair per rating found; they differ for "6-7" and "6.5".</summary>
    public IReadOnlyList<(int Low, int High)> Ratings => _ratings;

    public bool IsNegative { get; private set; }

    /// <summary>A rating on another scale ("3/5"): not converted, asked again.</summary>
    public bool IsUnreadable { get; private set; }

    public static PainScores Read(AnswerText answer)
    {
        var scores = new PainScores(answer);
        scores.Run();
        return scores;
    }

    private void Run()
    {
        for (var i = 0; i < _answer.Count;)
        {
            var used = TryRating(i, out var low, out var high);
            if (used == 0)
            {
                i++;
                continue;
            }

            IsNegative |= _answer.IsNegativeAt(i);
            var end = i + used;
            var joined = _answer.IsAny(end, "-", "to", "or") || (_answer.Is(end, "and") && _answer.Is(i - 1, "between"));
            if (joined && TryRating(end + 1, out var otherLow, out var otherHigh) is var otherUsed and > 0)
            {
                (low, high) = (Math.Min(low, otherLow), Math.Max(high, otherHigh));
                end += 1 + otherUsed;
            }

            _ratings.Add((low, high));
            i = end;
        }
    }

    private int TryRating(int i, out int low, out int high)
    {
        var used = NumberWords.TryRead(_answer, i, out low);
        high = low;
        if (used == 0)
        {
            return 0;
        }

        if (used == 1 && _answer.Is(i + 1, ".") && _answer.IsDigits(i + 2, out var fraction))
        {
            // Between two points of the scale: ask which is closer.
            high = fraction == 0 ? low : low + 1;
            used = 3;
        }

        var scale = i + used;
        var over = _answer.Is(scale, "/") ? 1 : _answer.IsPhrase(scale, "out of") ? 2 : _answer.Is(scale, "of") ? 1 : 0;
        if (over > 0 && NumberWords.TryRead(_answer, scale + over, out var maximum) is var maximumUsed and > 0)
        {
            IsUnreadable |= maximum != PainScoreRecognizer.Max;
            used += over + maximumUsed;
        }

        return used;
    }
}

namespace CoachBot.Dialogs.Recognizers;

/// <summary>Finds small counts in an answer: "3", "three", "3 times", "x3", "once", "twice", "a couple", "2-3".</summary>
internal sealed class CountExpressions
{
    private readonly AnswerText _answer;
    private readonly List<(int Low, int High)> _counts = [];

    private CountExpressions(AnswerText answer) => _answer = answer;

    /// <summary>One (low, high) pair per count found; low equals high unless a range was given.</summary>
    public IReadOnlyList<(int Low, int High)> Counts => _counts;

    /// <summary>"a couple", "a few": a count the person didn't mean exactly.</summary>
    public bool IsLoose { get; private set; }

    public bool IsNegative { get; private set; }

    /// <summary>A decimal ("2.5"): not a count.</summary>
    public bool IsUnreadable { get; private set; }

    public static CountExpressions Read(AnswerText answer)
    {
        var expressions = new CountExpressions(answer);
        expressions.Run();
        return expressions;
    }

    private void Run()
    {
        for (var i = 0; i < _answer.Count;)
        {
            var used = TryCount(i, out var low);
            if (used == 0)
            {
                i++;
                continue;
            }

            IsNegative |= _answer.IsNegativeAt(i);
            IsUnreadable |= _answer.Is(i + used, ".") && _answer.IsDigits(i + used + 1, out _);
            var end = i + used;
            var high = low;
            var joined = _answer.IsAny(end, "-", "to", "or") || (_answer.Is(end, "and") && _answer.Is(i - 1, "between"));
            if (joined && TryCount(end + 1, out var other) is var otherUsed and > 0)
            {
                (low, high) = (Math.Min(low, other), Math.Max(low, other));
                end += 1 + otherUsed;
            }

            _counts.Add((low, high));
            i = end;
        }
    }

    private int TryCount(int i, out int count)
    {
        count = 0;
        if (_answer.Is(i, "x") && _answer.IsDigits(i + 1, out count))
        {
            return 2;
        }

        var multiples = _answer.Is(i, "once") ? 1 : _answer.Is(i, "twice") ? 2 : _answer.Is(i, "thrice") ? 3 : 0;
        if (multiples > 0)
        {
            count = multiples;
            return 1;
        }

        var start = _answer.Is(i, "a") ? i + 1 : i;
        if (_answer.IsAny(start, "couple", "few"))
        {
            count = _answer.Is(start, "couple") ? 2 : 3;
            IsLoose = true;
            var used = start + 1 - i + (_answer.Is(start + 1, "of") ? 1 : 0);
            return used + Times(i + used);
        }

        var numberUsed = NumberWords.TryRead(_answer, i, out count);
        return numberUsed == 0 ? 0 : numberUsed + Times(i + numberUsed);
    }

    private int Times(int i) => _answer.IsAny(i, "times", "time", "x") ? 1 : 0;
}

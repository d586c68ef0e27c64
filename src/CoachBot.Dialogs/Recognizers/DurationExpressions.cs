namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// Finds the lengths of time in an answer, in minutes: "20", "1h15", "1:15", "an hour and a
/// half", "half an hour", "a couple of hours", "20-30" (the midpoint).
/// </summary>
internal sealed class DurationExpressions
{
    private const double Hours = 60;
    private const double Minutes = 1;
    private const double Seconds = 1.0 / 60;

    private static readonly PhraseList HourUnits = new(["h", "hr", "hrs", "hour", "hours"]);
    private static readonly PhraseList MinuteUnits = new(["m", "min", "mins", "minute", "minutes", "mn", "mns"]);
    private static readonly PhraseList SecondUnits = new(["s", "sec", "secs", "second", "seconds"]);

    private readonly AnswerText _answer;
    private readonly List<double> _values = [];

    private DurationExpressions(AnswerText answer) => _answer = answer;

    /// <summary>One value in minutes per length of time found (a range counts once).</summary>
    public IReadOnlyList<double> Values => _values;

    public bool IsRange { get; private set; }

    /// <summary>"a couple of hours", "a few minutes": a count the person didn't mean exactly.</summary>
    public bool IsLoose { get; private set; }

    public bool IsNegative { get; private set; }

    /// <summary>A decimal without a unit ("1.5"): minutes or hours can't be told apart.</summary>
    public bool IsUnreadable { get; private set; }

    public static DurationExpressions Read(AnswerText answer)
    {
        var expressions = new DurationExpressions(answer);
        expressions.Run();
        return expressions;
    }

    private void Run()
    {
        for (var i = 0; i < _answer.Count && !IsUnreadable;)
        {
            var used = TryExpression(i, out var first);
            if (used == 0)
            {
                i++;
                continue;
            }

            IsNegative |= _answer.IsNegativeAt(i);
            var end = i + used;
            var minutes = first.Minutes;
            var joined = _answer.IsAny(end, "-", "to", "or") || (_answer.Is(end, "and") && _answer.Is(i - 1, "between"));
            if (joined && TryExpression(end + 1, out var second) is var secondUsed and > 0)
            {
                // "1-2 hours": the unit written once at the end applies to both ends.
                var start = first.HasUnit ? first.Minutes : first.FirstAmount * second.FirstUnit;
                minutes = (start + second.Minutes) / 2;
                IsRange = true;
                end += 1 + secondUsed;
            }

            _values.Add(minutes);
            i = end;
        }
    }

    private readonly record struct Expression(double Minutes, bool HasUnit, double FirstAmount, double FirstUnit);

    private int TryExpression(int i, out Expression expression)
    {
        expression = default;
        if (_answer.IsDigits(i, out var hours) && _answer.Is(i + 1, ":") && _answer.IsDigits(i + 2, out var minutes)
            && _answer.DigitCount(i + 2) == 2 && minutes <= 59)
        {
            expression = new Expression((hours * Hours) + minutes, true, hours, Hours);
            return 3 + _answer.MatchAny(i + 3, HourUnits);
        }

        var end = i;
        var total = 0.0;
        double? lastUnit = null;
        while (true)
        {
            var k = lastUnit is not null && _answer.Is(end, "and") ? end + 1 : end;
            var quantityUsed = TryQuantity(k, lastUnit is null, out var amount, out var needsUnit);
            if (quantityUsed < 0)
            {
                break;
            }

            k += quantityUsed;
            if (_answer.IsPhrase(k, "and a half"))
            {
                amount += 0.5;
                k += 3;
            }

            var unitUsed = TryUnit(k, out var unit);
            if (unitUsed == 0)
            {
                if (needsUnit)
                {
                    IsUnreadable |= lastUnit is null && _answer.Is(i + 1, ".");
                    break;
                }

                // A bare number is minutes, also after hours: "1h15", "an hour 15".
                unit = Minutes;
            }

            if (unit >= lastUnit)
            {
                break;
            }

            k += unitUsed;
            var part = amount * unit;
            if (_answer.IsPhrase(k, "and a half"))
            {
                part += 0.5 * unit;
                k += 3;
            }

            if (lastUnit is null)
            {
                expression = new Expression(0, unitUsed > 0, amount, unit);
            }

            total += part;
            lastUnit = unit;
            end = k;
        }

        expression = expression with { Minutes = total };
        return end - i;
    }

    private int TryUnit(int i, out double unit)
    {
        unit = _answer.MatchAny(i, HourUnits) > 0 ? Hours
            : _answer.MatchAny(i, MinuteUnits) > 0 ? Minutes
            : _answer.MatchAny(i, SecondUnits) > 0 ? Seconds
            : 0;
        return unit > 0 ? 1 : 0;
    }

    /// <summary>
    /// "20", "1.5", "twenty", "an", "half an", "a quarter of an", "a couple of", "a few": the
    /// tokens used, 0 for the one implied by a bare "hour and a half", or -1 when there is none.
    /// </summary>
    private int TryQuantity(int i, bool first, out double amount, out bool needsUnit)
    {
        amount = 1;
        needsUnit = true;
        if (first && _answer.Is(i, "hour") && (i == 0 || !IsQuantityWord(_answer.Tokens[i - 1])))
        {
            return 0;
        }

        amount = 0;
        var start = _answer.IsAny(i, "a", "an") ? i + 1 : i;
        if (_answer.Is(start, "couple") || _answer.Is(start, "few"))
        {
            amount = _answer.Is(start, "couple") ? 2 : 3;
            IsLoose = true;
            return start + 1 - i + (_answer.Is(start + 1, "of") ? 1 : 0);
        }

        if (_answer.Is(start, "half") || _answer.Is(start, "quarter"))
        {
            amount = _answer.Is(start, "half") ? 0.5 : 0.25;
            return start + 1 - i + Fraction(start + 1);
        }

        if (start > i)
        {
            // "an hour", "a minute".
            amount = 1;
            return 1;
        }

        var used = NumberWords.TryRead(_answer, i, out var whole);
        if (used == 0)
        {
            return -1;
        }

        amount = whole;
        if (_answer.Is(i + used, "quarters"))
        {
            amount = whole * 0.25;
            return used + 1 + Fraction(i + used + 1);
        }

        if (used == 1 && _answer.Is(i + 1, ".") && _answer.IsDigits(i + 2, out var fraction))
        {
            amount = whole + (fraction / Math.Pow(10, _answer.DigitCount(i + 2)));
            return 3;
        }

        needsUnit = false;
        return used;
    }

    private static bool IsQuantityWord(string token) =>
        char.IsAsciiDigit(token[0]) || NumberWords.IsNumberWord(token) || token is "a" or "an" or "half" or "quarter" or "quarters" or "couple" or "few" or "of";

    /// <summary>The "of an" in "quarter of an hour", "three quarters of an hour", "half an hour".</summary>
    private int Fraction(int i)
    {
        var used = _answer.Is(i, "of") ? 1 : 0;
        return used + (_answer.IsAny(i + used, "a", "an") ? 1 : 0);
    }
}

namespace CoachBot.Dialogs.Recognizers;

/// <summary>
/// Finds the clock times in an answer ("11pm", "23:15", "quarter to 7", "half eleven",
/// "11-11.30") and keeps the readings all of them agree on.
/// </summary>
internal sealed class ClockExpressions
{
    /// <summary>The widest "11-12" or "between 11 and 1" still read as one estimate.</summary>
    private const int MaxRangeMinutes = 180;

    private static readonly PhraseList DurationUnits = new(["min", "mins", "minute", "minutes", "m", "hour", "hours", "hr", "hrs"]);
    private static readonly PhraseList MinuteWords = new(["min", "mins", "minute", "minutes"]);
    private static readonly PhraseList Morning = new(["am", "a m", "in the morning", "this morning", "morning", "in the am"]);
    private static readonly PhraseList Evening = new(
    [
        "pm", "p m", "in the afternoon", "this afternoon", "afternoon", "in the evening", "this evening", "evening", "in the pm",
    ]);

    private static readonly PhraseList Night = new(["at night", "tonight", "last night", "in the night", "night"]);

    private readonly AnswerText _answer;
    private readonly bool _halfMeansHalfPast;
    private List<TimeOnly>? _candidates;

    private ClockExpressions(AnswerText answer, bool halfMeansHalfPast)
    {
        _answer = answer;
        _halfMeansHalfPast = halfMeansHalfPast;
    }

    /// <summary>The clock times every expression in the answer allows, earliest first; empty when none was found or they disagree.</summary>
    public IReadOnlyList<TimeOnly> Candidates => _candidates ?? [];

    /// <summary>The answer gave a span ("11-11.30"): the midpoint was taken.</summary>
    public bool IsRange { get; private set; }

    /// <summary>The answer used a form this culture can't read safely ("half eleven" in en-US).</summary>
    public bool IsUnreadable { get; private set; }

    /// <param name="halfMeansHalfPast">"half eleven" is 11:30 in British usage; elsewhere it isn't read.</param>
    public static ClockExpressions Read(AnswerText answer, bool halfMeansHalfPast)
    {
        var expressions = new ClockExpressions(answer, halfMeansHalfPast);
        expressions.Run();
        return expressions;
    }

    private void Run()
    {
        for (var i = 0; i < _answer.Count && !IsUnreadable;)
        {
            var used = TryRead(i, out var first);
            if (used == 0)
            {
                i++;
                continue;
            }

            var end = i + used;
            var candidates = first.Candidates();
            var joined = _answer.IsAny(end, "-", "to", "or") || (_answer.Is(end, "and") && _answer.Is(i - 1, "between"));
            if (joined && TryRead(end + 1, out var second) is var secondUsed and > 0)
            {
                candidates = Midpoints(candidates, second.Candidates());
                IsRange = true;
                end += 1 + secondUsed;
            }

            _candidates = _candidates is null ? [.. candidates] : [.. _candidates.Intersect(candidates)];
            i = end;
        }

        _candidates?.Sort();
    }

    private static List<TimeOnly> Midpoints(IReadOnlyList<TimeOnly> starts, IReadOnlyList<TimeOnly> ends)
    {
        var midpoints = new List<TimeOnly>();
        foreach (var start in starts)
        {
            foreach (var end in ends)
            {
                // TimeOnly subtraction wraps past midnight, so 23:00 to 01:00 is two hours.
                var span = (int)(end - start).TotalMinutes;
                var midpoint = start.AddMinutes(span / 2);
                if (span <= MaxRangeMinutes && !midpoints.Contains(midpoint))
                {
                    midpoints.Add(midpoint);
                }
            }
        }

        return midpoints;
    }

    private int TryRead(int i, out ClockReading reading)
    {
        var used = TryRelative(i, out reading);
        if (used == 0)
        {
            used = TryClock(i, out reading);
        }

        return used == 0 ? 0 : used + ReadSuffix(i + used, ref reading);
    }

    /// <summary>"half past ten", "half ten", "quarter to 7", "ten to seven", "20 after 11".</summary>
    private int TryRelative(int i, out ClockReading reading)
    {
        reading = default;
        if (_answer.Is(i, "half"))
        {
            var past = _answer.IsAny(i + 1, "past", "after") ? 1 : 0;
            var hourUsed = TryHour(i + 1 + past, out var hour);
            if (hourUsed == 0)
            {
                return 0;
            }

            IsUnreadable |= past == 0 && !_halfMeansHalfPast;
            reading = hour.At(30);
            return 1 + past + hourUsed;
        }

        var start = _answer.Is(i, "a") && _answer.Is(i + 1, "quarter") ? i + 1 : i;
        int minutes;
        int used;
        var certain = true;
        if (_answer.Is(start, "quarter"))
        {
            minutes = 15;
            used = start + 1 - i;
        }
        else
        {
            used = NumberWords.TryRead(_answer, i, out minutes);
            if (used == 0 || minutes is < 1 or > 59)
            {
                return 0;
            }

            var unit = _answer.MatchAny(i + used, MinuteWords);
            used += unit;
            // "11 to 12" is a range; "10 to 7" and "13 minutes to 2" are clock times.
            certain = unit > 0 || minutes is 5 or 10 or 15 or 20 or 25;
        }

        var relation = i + used;
        var isPast = _answer.IsAny(relation, "past", "after");
        var isTo = certain && _answer.IsAny(relation, "to", "of", "til", "till");
        if (!isPast && !isTo)
        {
            return 0;
        }

        var hourTokens = TryHour(relation + 1, out var target);
        if (hourTokens == 0)
        {
            return 0;
        }

        reading = isPast ? target.At(minutes) : target.Before(minutes);
        return used + 1 + hourTokens;
    }

    /// <summary>The hour a relative time counts from: "seven", "7", "19", "midnight", "noon".</summary>
    private int TryHour(int i, out ClockReading hour)
    {
        hour = default;
        if (_answer.Is(i, "midnight"))
        {
            hour = new ClockReading(0, 0, Meridiem.Fixed);
            return 1;
        }

        if (_answer.IsAny(i, "noon", "midday"))
        {
            hour = new ClockReading(12, 0, Meridiem.Fixed);
            return 1;
        }

        var used = NumberWords.TryRead(_answer, i, out var value);
        if (used == 0 || value > 23 || (value > 12 && !_answer.IsDigits(i, out _)))
        {
            return 0;
        }

        hour = new ClockReading(value, 0, value is 0 or > 12 ? Meridiem.Fixed : Meridiem.Unknown);
        return used;
    }

    /// <summary>"11", "11:30", "11.30", "11 30", "2330", "0730", "eleven", "eleven thirty", "midnight".</summary>
    private int TryClock(int i, out ClockReading reading)
    {
        reading = default;
        if (_answer.Is(i, "midnight") || _answer.IsAny(i, "noon", "midday"))
        {
            return TryHour(i, out reading);
        }

        if (_answer.IsDigits(i, out var value))
        {
            return TryDigits(i, value, out reading);
        }

        var used = NumberWords.TryRead(_answer, i, out var hour);
        if (used == 0 || hour is < 1 or > 12)
        {
            return 0;
        }

        var minute = 0;
        if (_answer.IsAny(i + used, "oh", "o") && NumberWords.TryRead(_answer, i + used + 1, out var single) == 1 && single is >= 0 and <= 9)
        {
            minute = single;
            used += 2;
        }
        else if (NumberWords.TryRead(_answer, i + used, out var tens) is var minuteTokens and > 0 && tens is >= 10 and <= 59)
        {
            minute = tens;
            used += minuteTokens;
        }

        reading = new ClockReading(hour, minute, Meridiem.Unknown);
        return used;
    }

    private int TryDigits(int i, int value, out ClockReading reading)
    {
        reading = default;
        var digits = _answer.DigitCount(i);
        var leadingZero = digits > 1 && _answer.Tokens[i][0] == '0';
        if (digits is 3 or 4)
        {
            // "2330", "0730", "730": hours and minutes run together.
            var (hour, minute) = (value / 100, value % 100);
            if (minute > 59 || hour > 24 || (hour == 24 && minute > 0))
            {
                return 0;
            }

            var fixedClock = digits == 4 && (leadingZero || hour is 0 or > 12);
            reading = new ClockReading(hour % 24, minute, fixedClock ? Meridiem.Fixed : Meridiem.Unknown);
            return 1;
        }

        if (digits > 2 || value > 24)
        {
            return 0;
        }

        if (_answer.IsAny(i + 1, ":", ".") && _answer.IsDigits(i + 2, out _) && !IsMinute(i + 2, out _))
        {
            // "11:75" is a slip, not 11 o'clock.
            IsUnreadable = true;
            return 0;
        }

        var meridiem = leadingZero || value is 0 or > 12 ? Meridiem.Fixed : Meridiem.Unknown;
        if (_answer.IsAny(i + 1, ":", ".", "h") && IsMinute(i + 2, out var minutes))
        {
            reading = new ClockReading(value % 24, minutes, meridiem);
            return value == 24 && minutes > 0 ? 0 : 3;
        }

        if (IsMinute(i + 1, out minutes))
        {
            reading = new ClockReading(value % 24, minutes, meridiem);
            return value == 24 && minutes > 0 ? 0 : 2;
        }

        // "30 mins" or "2 hours" in a time answer is a duration, not a clock time.
        if (_answer.MatchAny(i + 1, DurationUnits) > 0)
        {
            return 0;
        }

        reading = new ClockReading(value % 24, 0, meridiem);
        return 1;
    }

    private bool IsMinute(int i, out int minute) =>
        _answer.IsDigits(i, out minute) && _answer.DigitCount(i) == 2 && minute <= 59;

    /// <summary>"o'clock", "-ish", "pm", "in the morning", "at night", "12 midnight".</summary>
    private int ReadSuffix(int start, ref ClockReading reading)
    {
        var i = start;
        while (i < _answer.Count)
        {
            int used;
            if (_answer.IsAny(i, "ish", "oclock", "hrs", "hr", "h"))
            {
                used = 1;
            }
            else if (_answer.IsPhrase(i, "o clock"))
            {
                used = 2;
            }
            else if ((used = _answer.MatchAny(i, Morning)) > 0)
            {
                reading = reading.With(Meridiem.Am);
            }
            else if ((used = _answer.MatchAny(i, Evening)) > 0)
            {
                reading = reading.With(Meridiem.Pm);
            }
            else if ((used = _answer.MatchAny(i, Night)) > 0)
            {
                // "11 at night" is 23:00, but "2 at night" and "12 at night" are after midnight.
                reading = reading.With(reading.Hour is >= 6 and <= 11 ? Meridiem.Pm : Meridiem.Am);
            }
            else if (reading is { Hour: 12, Minute: 0 } && _answer.IsAny(i, "midnight", "noon", "midday"))
            {
                used = TryHour(i, out reading);
            }
            else
            {
                break;
            }

            i += used;
        }

        return i - start;
    }
}

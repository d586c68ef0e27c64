using System.Collections.Frozen;

namespace CoachBot.Dialogs.Recognizers;

/// <summary>Whole numbers written in digits or English words ("seven", "twenty-five", "forty five").</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "a bad one", "no one", "the worst one", "one of those nights": "one" as a pronoun, not a number.
    private static readonly FrozenSet<string> BeforePronounOne = new[]
    {
        "the", "this", "that", "another", "no", "any", "each", "every", "which", "same", "other", "last", "next",
        "bad", "good", "rough", "tough", "hard", "long", "short", "worst", "best", "big", "little", "usual", "typical",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsNumberWord(string token) => Units.ContainsKey(token) || Tens.ContainsKey(token);

    /// <summary>
    /// Reads a number at <paramref name="index"/> and returns how many tokens it used (0 if none).
    /// Decimals are the caller's business: this reads "1" of "1.5".
    /// </summary>
    public static int TryRead(AnswerText answer, int index, out int value)
    {
        if (answer.IsDigits(index, out value))
        {
            return 1;
        }

        if (index < 0 || index >= answer.Count)
        {
            return 0;
        }

        var token = answer.Tokens[index];
        if (token == "one" && (answer.Is(index + 1, "of") || (index > 0 && BeforePronounOne.Contains(answer.Tokens[index - 1]))))
        {
            return 0;
        }

        if (Units.TryGetValue(token, out value))
        {
            return 1;
        }

        if (!Tens.TryGetValue(token, out value))
        {
            return 0;
        }

        if (IsUnitDigit(answer, index + 1, out var unit))
        {
            value += unit;
            return 2;
        }

        if (answer.Is(index + 1, "-") && IsUnitDigit(answer, index + 2, out unit))
        {
            value += unit;
            return 3;
        }

        return 1;
    }

    private static bool IsUnitDigit(AnswerText answer, int index, out int unit)
    {
        unit = 0;
        return index < answer.Count
            && Units.TryGetValue(answer.Tokens[index], out unit)
            && unit is >= 1 and <= 9;
    }
}

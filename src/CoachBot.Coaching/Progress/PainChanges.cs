namespace CoachBot.Coaching.Progress;

/// <summary>The pain-change rule, after Farrar et al. 2001: about 2 points, or about 30% from a median of 4 or more.</summary>
internal static class PainChanges
{
    public static PainChange Between(double earlier, double later)
    {
        var difference = later - earlier;
        var size = Math.Abs(difference);

        // Medians of whole scores are whole or halves, so 10·|Δ| ≥ 3·earlier is the 30% test without rounding error.
        var noticeable = size >= 2 || (earlier >= 4 && size * 10 >= earlier * 3);
        return !noticeable ? PainChange.AboutTheSame : difference > 0 ? PainChange.NoticeablyHigher : PainChange.NoticeablyLower;
    }
}

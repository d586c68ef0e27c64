using CoachBot.Coaching.Progress;

namespace CoachBot.Coaching.Tests.Progress;

public sealed class PainChangeTests
{
    [Theory]
    [InlineData(4, 6, "NoticeablyHigher")] // Δ 2
    [InlineData(8, 6, "NoticeablyLower")] // Δ −2
    [InlineData(5, 6.5, "NoticeablyHigher")] // Δ 1.5 = 30% of 5
    [InlineData(5, 6, "AboutTheSame")] // Δ 1 < 30% of 5
    [InlineData(4, 5, "AboutTheSame")] // Δ 1 < 1.2
    [InlineData(3, 4.5, "AboutTheSame")] // Δ 1.5, but 30% counts only from a median of 4
    [InlineData(1, 2.5, "AboutTheSame")]
    [InlineData(2, 0, "NoticeablyLower")]
    [InlineData(10, 7, "NoticeablyLower")]
    [InlineData(6, 6, "AboutTheSame")]
    public void Pain_change_is_noticeable_only_at_two_points_or_thirty_percent_from_four(double earlier, double later, string expected) =>
        Assert.Equal(Enum.Parse<PainChange>(expected), PainChanges.Between(earlier, later));
}

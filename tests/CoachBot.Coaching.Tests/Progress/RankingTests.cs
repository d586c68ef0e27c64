using CoachBot.Coaching.Progress;

namespace CoachBot.Coaching.Tests.Progress;

public sealed class RankingTests
{
    [Fact]
    public void Tied_values_share_the_mean_of_the_ranks_they_cover()
    {
        Assert.Equal([1, 2.5, 2.5, 4, 5], Ranking.AverageRanks([1, 2, 2, 3, 4]));
        Assert.Equal([2, 2, 2], Ranking.AverageRanks([7, 7, 7]));
        Assert.Equal([3.5, 1, 3.5, 5, 2, 6], Ranking.AverageRanks([4, 1, 4, 5, 2, 9]));
    }

    [Fact]
    public void Spearman_with_ties_matches_the_value_worked_out_by_hand()
    {
        // x ranks 1, 2.5, 2.5, 4, 5; y ranks 2, 1, 3.5, 3.5, 5; both means 3.
        // Σdxdy = 2 + 1 − 0.25 + 0.5 + 4 = 7.25; Σdx² = Σdy² = 9.5; ρ = 7.25 / 9.5.
        var rho = Ranking.Spearman([1, 2, 2, 3, 4], [2, 1, 3, 3, 5]);

        Assert.NotNull(rho);
        Assert.Equal(7.25 / 9.5, rho.Value, 12);
        Assert.Equal(0.763158, rho.Value, 6);
    }

    [Fact]
    public void Spearman_is_one_for_the_same_order_and_minus_one_for_the_reverse()
    {
        Assert.Equal(1, Ranking.Spearman([1, 2, 3, 4], [10, 20, 30, 400])!.Value, 12);
        Assert.Equal(-1, Ranking.Spearman([1, 2, 3, 4], [9, 5, 2, 0])!.Value, 12);
    }

    [Fact]
    public void Spearman_has_no_value_when_a_series_is_constant_or_too_short()
    {
        Assert.Null(Ranking.Spearman([3, 3, 3, 3], [1, 2, 3, 4]));
        Assert.Null(Ranking.Spearman([1, 2, 3, 4], [5, 5, 5, 5]));
        Assert.Null(Ranking.Spearman([1], [2]));
    }

    [Fact]
    public void Spearman_with_many_ties_agrees_with_ranks_found_by_counting()
    {
        double[] quality = [3, 3, 4, 2, 5, 3, 1, 4, 4, 2, 3, 5, 1, 3];
        double[] pain = [5, 4, 3, 6, 2, 5, 7, 3, 4, 6, 4, 1, 6, 5];

        Assert.Equal(ByHand.SpearmanByCounting(quality, pain), Ranking.Spearman(quality, pain)!.Value, 12);
    }

    [Fact]
    public void Median_takes_the_middle_or_the_mean_of_the_two_middles()
    {
        Assert.Equal(3, Ranking.Median([5, 1, 3]));
        Assert.Equal(17.5, Ranking.Median([20, 40, 10, 15]));
        Assert.Null(Ranking.Median([]));
        Assert.Null(Ranking.Mean([]));
        Assert.Equal(387.5, Ranking.Mean([400, 320, 440, 390]));
    }
}

using CoachBot.Coaching.Scheduling;
using CoachBot.Storage.Blobs;
using CoachBot.Testing.Azurite;
using CoachBot.Web.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>Two scheduler instances sharing one Blob store (Azurite): a thousand people due in the same minute get a thousand prompts, none twice.</summary>
public sealed class TwoInstancesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const int People = 1000;
    private static readonly DateTimeOffset Eight = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_instances_send_each_of_a_thousand_due_prompts_exactly_once()
    {
        var container = AzuriteFixture.NewContainerName();
        var seeding = new BlobStore(azurite.ConnectionString, container);
        var keys = Enumerable.Range(0, People).Select(i => SchedulerRig.KeyOf($"p{i:D4}")).ToList();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, People),
            new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = TestContext.Current.CancellationToken },
            async (i, _) => await SchedulerRig.SeedUserOnlyAsync(seeding, keys[i], SchedulerRig.Person($"p{i:D4}", "Europe/London", new TimeOnly(8, 0))));
        await new ScheduleIndex(seeding).AddAsync(Eight, keys, [], TestContext.Current.CancellationToken);

        var clock = new FakeTimeProvider(Eight);
        var connector = new RecordingConnector(clock);
        await using var one = SchedulerRig.Create(new BlobStore(azurite.ConnectionString, container), clock, connector, ("Prompts:Parallelism", "16"));
        await using var two = SchedulerRig.Create(new BlobStore(azurite.ConnectionString, container), clock, connector, ("Prompts:Parallelism", "16"));

        var results = await Task.WhenAll(one.TickAsync(), two.TickAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(one.TickAsync(), two.TickAsync());

        Assert.Equal(People, connector.Sent.Count);
        Assert.Equal(People, connector.PerConversation.Count);
        Assert.All(connector.PerConversation.Values, count => Assert.Equal(1, count));
        Assert.Equal(People, results.Sum(r => r.Sent));
        var sample = (await one.Users.ReadAsync(keys[123], TestContext.Current.CancellationToken))?.User;
        Assert.Equal(new DateOnly(2026, 11, 25), sample!.Prompts.LastPromptDate);
        Assert.Equal(1, sample.Prompts.Unanswered);
        var tomorrow = await one.Index.ReadAsync(PromptSchedule.NextDue(sample, Eight.AddMinutes(1))!.Instant, TestContext.Current.CancellationToken);
        Assert.Equal(People, tomorrow!.Users.Count);
    }
}

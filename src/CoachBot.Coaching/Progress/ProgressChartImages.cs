namespace CoachBot.Coaching.Progress;

/// <summary>The two progress charts as PNG bytes.</summary>
public sealed record ProgressChartImages(ReadOnlyMemory<byte> SleepPng, ReadOnlyMemory<byte> PainPng);

namespace CoachBot.Coaching.MyData;

/// <summary>One exported file: its name, its media type and its bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content);

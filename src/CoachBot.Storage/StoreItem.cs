namespace CoachBot.Storage;

/// <summary>A stored value (UTF-8 JSON by convention) and the ETag it was read with.</summary>
public sealed record StoreItem(ReadOnlyMemory<byte> Value, string ETag);

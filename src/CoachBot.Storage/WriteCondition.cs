namespace CoachBot.Storage;

/// <summary>When a write may happen: only if the item is unchanged since read, only if it does not exist yet, or always.</summary>
public readonly record struct WriteCondition
{
    private WriteCondition(string? ifMatch, bool createOnly)
    {
        IfMatch = ifMatch;
        IsCreateOnly = createOnly;
    }

    /// <summary>The ETag the stored item must still have; <c>*</c> means any (write anyway).</summary>
    public string? IfMatch { get; }

    /// <summary>The write succeeds only if no item exists under the key (If-None-Match: *).</summary>
    public bool IsCreateOnly { get; }

    public bool IsUnconditional => !IsCreateOnly && IfMatch == "*";

    public static WriteCondition CreateOnly { get; } = new(null, createOnly: true);

    public static WriteCondition Any { get; } = new("*", createOnly: false);

    public static WriteCondition Matching(string etag) =>
        new(string.IsNullOrEmpty(etag) ? throw new ArgumentException("An ETag is required.", nameof(etag)) : etag, createOnly: false);

    /// <summary>Create-only when nothing was read, else conditional on the ETag read.</summary>
    public static WriteCondition After(StoreItem? read) => read is null ? CreateOnly : Matching(read.ETag);
}

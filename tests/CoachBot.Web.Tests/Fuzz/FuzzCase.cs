namespace CoachBot.Web.Tests.Fuzz;

/// <summary>One hostile request: what was done to a valid activity, the bytes sent, and how.</summary>
public sealed record FuzzCase(int Index, string Mutations, byte[] Body, string? ContentType, bool Slow)
{
    public override string ToString()
    {
        var preview = System.Text.Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 240)));
        return $"case {Index} [{Mutations}] {ContentType ?? "(no content type)"} {Body.Length} bytes{(Slow ? " slowly" : string.Empty)}: {preview}";
    }
}

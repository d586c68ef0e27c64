using SkiaSharp;

namespace CoachBot.Web.Tests.Progress;

/// <summary>A decoded PNG, for checking a chart's size and that it has something drawn on it.</summary>
internal sealed class Png : IDisposable
{
    private readonly SKBitmap _bitmap;

    private Png(SKBitmap bitmap) => _bitmap = bitmap;

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public static Png Decode(ReadOnlySpan<byte> bytes)
    {
        Assert.True(bytes.Length > 8 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "Not a PNG.");
        return new Png(SKBitmap.Decode(bytes.ToArray()) ?? throw new InvalidOperationException("SkiaSharp could not decode the PNG."));
    }

    public static Png FromDataUri(string? uri)
    {
        const string Prefix = "data:image/png;base64,";
        Assert.NotNull(uri);
        Assert.StartsWith(Prefix, uri, StringComparison.Ordinal);
        return Decode(Convert.FromBase64String(uri[Prefix.Length..]));
    }

    /// <summary>How many pixels in the columns from <paramref name="fromX"/> to before <paramref name="toX"/> are far from white.</summary>
    public int InkedPixels(int fromX = 0, int? toX = null) => Count(fromX, toX, c => c.Red + c.Green + c.Blue < 600);

    /// <summary>How many pixels in the columns are within a small distance of <paramref name="hex"/>.</summary>
    public int PixelsNear(string hex, int fromX = 0, int? toX = null)
    {
        var target = SKColor.Parse(hex);
        return Count(fromX, toX, c => Math.Abs(c.Red - target.Red) + Math.Abs(c.Green - target.Green) + Math.Abs(c.Blue - target.Blue) < 24);
    }

    public void Dispose() => _bitmap.Dispose();

    private int Count(int fromX, int? toX, Func<SKColor, bool> match)
    {
        var count = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = fromX; x < (toX ?? Width); x++)
            {
                if (match(_bitmap.GetPixel(x, y)))
                {
                    count++;
                }
            }
        }

        return count;
    }
}

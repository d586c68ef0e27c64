using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CoachBot.Infra.Tests.Teams;

/// <summary>
/// Just enough of a PNG decoder for the icon checks: 8-bit truecolour (type 2) or truecolour with
/// alpha (type 6), not interlaced, every filter type.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte colorType, byte[] pixels)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>2 = RGB, 6 = RGBA.</summary>
    public byte ColorType { get; }

    public int Channels => ColorType == 6 ? 4 : 3;

    /// <summary>Unfiltered samples, row after row.</summary>
    public byte[] Pixels { get; }

    public static PngImage Read(byte[] file)
    {
        Assert.True(file.AsSpan().StartsWith(Signature), "not a PNG file");
        int width = 0, height = 0;
        byte colorType = 0;
        using var compressed = new MemoryStream();
        var offset = Signature.Length;
        while (offset + 8 <= file.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                colorType = data[9];
                Assert.Equal(0, data[12]);
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }

            offset += 12 + length;
        }

        Assert.True(colorType is 2 or 6, $"colour type {colorType}: expected 2 (RGB) or 6 (RGBA)");
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var channels = colorType == 6 ? 4 : 3;
        return new PngImage(width, height, colorType, Unfilter(inflated.ToArray(), width, height, channels));
    }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * Channels;
        return (Pixels[i], Pixels[i + 1], Pixels[i + 2], Channels == 4 ? Pixels[i + 3] : (byte)255);
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        Assert.Equal(height * (stride + 1), raw.Length);
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                int left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG filter type {filter}"),
                };
                pixels[(y * stride) + x] = (byte)(value + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

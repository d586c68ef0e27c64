using CoachBot.Infra.Tests.Support;

namespace CoachBot.Infra.Tests.Teams;

public sealed class IconTests
{
    [Fact]
    public void Colour_icon_is_a_192_pixel_square_png()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(InfraPaths.Teams, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        var colours = Enumerable.Range(0, icon.Width * icon.Height)
            .Select(i => icon.Pixel(i % icon.Width, i / icon.Width))
            .Distinct()
            .Count();
        Assert.True(colours > 2, "the colour icon should show a shape, not a flat fill");
    }

    [Fact]
    public void Outline_icon_is_32_pixels_white_on_transparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(InfraPaths.Teams, "outline.png")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(6, icon.ColorType);
        var pixels = Enumerable.Range(0, icon.Width * icon.Height)
            .Select(i => icon.Pixel(i % icon.Width, i / icon.Width))
            .ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Equal(0, icon.Pixel(0, 0).A);
    }
}

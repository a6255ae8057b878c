namespace EigenPlan.Booklet.Tests;

/// <summary>A page rendered in grayscale (<c>pdftoppm -gray</c>, PGM), as a black-and-white printer would see it.</summary>
public sealed class GrayPixels
{
    private readonly byte[] gray;

    private GrayPixels(int width, int height, int dpi, byte[] gray)
    {
        Width = width;
        Height = height;
        Dpi = dpi;
        this.gray = gray;
    }

    public int Width { get; }
    public int Height { get; }
    public int Dpi { get; }

    /// <summary>The gray value (0 black … 255 white) of the pixel at column <paramref name="x"/>, row <paramref name="y"/>.</summary>
    public byte At(int x, int y) => gray[(Math.Clamp(y, 0, Height - 1) * Width) + Math.Clamp(x, 0, Width - 1)];

    /// <summary>A length in PDF points as whole pixels at this resolution.</summary>
    public int Pixels(double points) => (int)Math.Round(points * Dpi / 72);

    public static GrayPixels Render(byte[] pdf, int page, int dpi)
    {
        var dir = Directory.CreateTempSubdirectory("booklet-pgm-").FullName;
        var input = Path.Combine(dir, "page.pdf");
        File.WriteAllBytes(input, pdf);
        var prefix = Path.Combine(dir, "page");
        BookletPdf.Run("pdftoppm", $"-gray -r {dpi} -f {page} -l {page} -singlefile \"{input}\" \"{prefix}\"");
        return Parse(File.ReadAllBytes(prefix + ".pgm"), dpi);
    }

    /// <summary>Every page, in one run of <c>pdftoppm</c>: as many images as the tool drew, in page order.</summary>
    public static List<GrayPixels> RenderAll(byte[] pdf, int dpi)
    {
        var dir = Directory.CreateTempSubdirectory("booklet-pgm-").FullName;
        var input = Path.Combine(dir, "doc.pdf");
        File.WriteAllBytes(input, pdf);
        BookletPdf.Run("pdftoppm", $"-gray -r {dpi} \"{input}\" \"{Path.Combine(dir, "page")}\"");
        // pdftoppm pads the page number to the width of the last one (page-01 … page-42), so the names sort in order.
        return [.. Directory.GetFiles(dir, "page-*.pgm").Order(StringComparer.Ordinal).Select(f => Parse(File.ReadAllBytes(f), dpi))];
    }

    private static GrayPixels Parse(byte[] bytes, int dpi)
    {
        // P5 header: magic, width, height, max value, each followed by whitespace, then one byte per pixel.
        var fields = new List<int>();
        var position = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var value = 0;
            while (char.IsAsciiDigit((char)bytes[position]))
            {
                value = (value * 10) + (bytes[position++] - '0');
            }

            fields.Add(value);
        }

        position++;
        return new GrayPixels(fields[0], fields[1], dpi, bytes[position..]);
    }
}

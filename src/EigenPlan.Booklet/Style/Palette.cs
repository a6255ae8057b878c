using System.Globalization;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Style;

/// <summary>The booklet's colours: calm ink on white paper, each house in its own colour.</summary>
public static class Palette
{
    public static readonly XColor Ink = XColor.FromArgb(0x1B, 0x1B, 0x1B);
    public static readonly XColor Muted = XColor.FromArgb(0x4A, 0x4A, 0x4A);
    public static readonly XColor Rule = XColor.FromArgb(0xB4, 0xB4, 0xB4);
    public static readonly XColor Soft = XColor.FromArgb(0xF3, 0xF2, 0xEE);
    public static readonly XColor Paper = XColors.White;
    public static readonly XColor Link = XColor.FromArgb(0x0B, 0x4F, 0x8A);
    /// <summary>Dark amber for the sample-data notice: 6.5:1 on white, and still dark in grayscale.</summary>
    public static readonly XColor Notice = XColor.FromArgb(0x8A, 0x4B, 0x00);
    /// <summary>The light amber behind the sample-data notice on the cover.</summary>
    public static readonly XColor NoticeBackground = XColor.FromArgb(0xFF, 0xF3, 0xDC);
    /// <summary>The dark slate of the "Voorbeeld van …" label in the uitlegboekje: no house uses it.</summary>
    public static readonly XColor Example = XColor.FromArgb(0x33, 0x3A, 0x4D);

    /// <summary>Parses <c>#RRGGBB</c>; anything else falls back to ink so a bad colour never stops a booklet.</summary>
    public static XColor FromHex(string? hex)
    {
        if (hex is { Length: 7 } && hex[0] == '#'
            && int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        }

        return Ink;
    }

    /// <summary>Mixes a colour with white: 0 keeps it, 1 gives white. Used for the light backgrounds of a house.</summary>
    public static XColor Tint(XColor color, double towardsWhite)
    {
        static int Mix(double c, double t) => (int)Math.Round(c + ((255 - c) * t));
        return XColor.FromArgb(Mix(color.R, towardsWhite), Mix(color.G, towardsWhite), Mix(color.B, towardsWhite));
    }
}

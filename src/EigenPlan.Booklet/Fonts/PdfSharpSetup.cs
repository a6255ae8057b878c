using PdfSharp;
using PdfSharp.Fonts;

namespace EigenPlan.Booklet.Fonts;

/// <summary>Process-wide PDFsharp settings, applied once before the first render.</summary>
internal static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static bool done;

    public static void EnsureInitialized()
    {
        lock (Gate)
        {
            if (done)
            {
                return;
            }

            // EigenPlan is AGPL-3.0-or-later, so PDFsharp's AGPL licence applies; without this call PDFsharp throws.
            PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver ??= new BookletFontResolver();
            done = true;
        }
    }
}

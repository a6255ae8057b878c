using System.Security.Cryptography;
using System.Text;
using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Shaping;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace EigenPlan.Booklet.Rendering;

/// <summary>
/// Second pass: draws the laid-out pages into a tagged PDF. Page numbers are known now, so the table of contents
/// and the "pagina X van Y" footers are filled in here.
/// </summary>
internal static class PdfBookletWriter
{
    /// <summary>Draws and saves the booklet; with a fixed document id the bytes are made reproducible too.</summary>
    public static byte[] Write(PageFlow flow, BookletModel model)
    {
        using var buffer = new PooledBuffer();
        Save(flow, model, buffer);
        var bytes = buffer.ToArray();
        if (model.Options.FixedDocumentId is { } fixedId)
        {
            Reproducible.Apply(bytes, fixedId);
        }

        return bytes;
    }

    /// <summary>Streams the booklet out without one large array when the bytes need no patching afterwards.</summary>
    public static void Write(PageFlow flow, BookletModel model, Stream output)
    {
        if (model.Options.FixedDocumentId is not null)
        {
            output.Write(Write(flow, model));
            return;
        }

        using var buffer = new PooledBuffer();
        Save(flow, model, buffer);
        buffer.WriteTo(output);
    }

    private static void Save(PageFlow flow, BookletModel model, PooledBuffer output)
    {
        using var document = new PdfDocument();
        document.Info.Title = model.Title;
        document.Info.Creator = "EigenPlan";
        var now = model.Options.Clock.GetUtcNow().UtcDateTime;
        document.Info.CreationDate = now;
        document.Info.ModificationDate = now;
        document.ViewerPreferences.DisplayDocTitle = true;
        // Compression is a tenth of the render time; the fastest level still makes the file about three times smaller.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        if (model.Options.FixedDocumentId is { } id)
        {
            // The trailer id is normally random; a hash of a fixed value keeps the bytes reproducible.
            var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0, 16);
            document.Internals.FirstDocumentID = hex;
            document.Internals.SecondDocumentID = hex;
        }

        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(model.Words.Culture);
        var structure = ua.StructureBuilder;
        var footerFont = flow.Typography.Small;

        for (var i = 0; i < flow.Pages.Count; i++)
        {
            var page = flow.Pages[i];
            var pdfPage = document.AddPage();
            pdfPage.Size = PageSize.A4;
            using var gfx = XGraphics.FromPdfPage(pdfPage);
            var context = new RenderContext(i + 1, flow.Pages.Count, flow.Anchors);

            foreach (var block in page.Blocks)
            {
                DrawBlock(gfx, structure, block, context);
            }

            // Furniture last, so text extraction and reading order start with the page's own content.
            structure.BeginArtifact();
            if (page.Style.Tab is { } tab)
            {
                TabFigure.Draw(gfx, tab, flow.Typography);
            }

            if (i > 0)
            {
                Footer(gfx, model, context, footerFont);
            }

            structure.End();
        }

        document.Save(output, closeStream: false);
    }

    private static void Footer(XGraphics gfx, BookletModel model, RenderContext context, XFont font)
    {
        var brush = new XSolidBrush(Style.Palette.Muted);
        if (model.IsSample)
        {
            // Small but on every page: a page copied on its own still says its addresses are not checked.
            ShapedText.Of(model.Words.SampleData, font).Draw(gfx, new XSolidBrush(Style.Palette.Notice), PageGeometry.MarginLeft, PageGeometry.NoticeBaseline);
        }

        ShapedText.Of(model.Title, font).Draw(gfx, brush, PageGeometry.MarginLeft, PageGeometry.FooterBaseline);
        var page = ShapedText.Of(BookletWords.Format(model.Words.PageOf, context.PageNumber, context.PageCount), font);
        var width = page.Width((t, f) => gfx.MeasureString(t, f).Width);
        page.Draw(gfx, brush, PageGeometry.Width - PageGeometry.MarginRight - width, PageGeometry.FooterBaseline);
    }

    private static void DrawBlock(XGraphics gfx, StructureBuilder structure, Block block, RenderContext context)
    {
        if (block.Items.Count == 0)
        {
            return;
        }

        switch (block.Tag)
        {
            case BlockTag.Artifact:
                structure.BeginArtifact();
                break;
            case BlockTag.Figure:
                structure.BeginElement(PdfIllustrationElementTag.Figure, block.AltText ?? "", block.Bounds);
                break;
            case BlockTag.WebLink when block.Uri is not null:
                // The structure builder adds the annotation to the page itself, so it is created unattached.
                structure.BeginElement(Stable(PdfLinkAnnotation.CreateWebLink(PdfArea(gfx, block.Bounds), block.Uri), context), block.AltText ?? block.Uri);
                break;
            case BlockTag.PageLink when block.TargetAnchor is { } anchor && context.Anchors.TryGetValue(anchor, out var target):
                structure.BeginElement(Stable(PdfLinkAnnotation.CreateDocumentLink(PdfArea(gfx, block.Bounds), target, null), context), block.AltText ?? "");
                break;
            default:
                structure.BeginElement(block.Tag switch
                {
                    BlockTag.Heading1 => PdfBlockLevelElementTag.Heading1,
                    BlockTag.Heading2 => PdfBlockLevelElementTag.Heading2,
                    BlockTag.Heading3 => PdfBlockLevelElementTag.Heading3,
                    _ => PdfBlockLevelElementTag.Paragraph,
                });
                break;
        }

        foreach (var item in block.Items)
        {
            item.Draw(gfx, context);
        }

        structure.End();
    }

    /// <summary>
    /// PDFsharp gives each annotation a random name (/NM) and the current time (/M); both are optional, and a name
    /// from the page and position keeps the output reproducible.
    /// </summary>
    private static PdfLinkAnnotation Stable(PdfLinkAnnotation link, RenderContext context)
    {
        link.Elements.SetString("/NM", $"link-{context.PageNumber}-{link.Rectangle.X1:F0}-{link.Rectangle.Y1:F0}");
        link.Elements.Remove("/M");
        return link;
    }

    /// <summary>Link areas are in PDF space (origin bottom-left), not in the top-down drawing space.</summary>
    private static PdfRectangle PdfArea(XGraphics gfx, XRect bounds) => new(gfx.Transformer.WorldToDefaultPage(bounds));
}

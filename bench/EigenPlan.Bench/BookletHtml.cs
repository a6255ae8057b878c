using System.Globalization;
using System.Text;
using EigenPlan.Booklet;
using EigenPlan.Booklet.Model;
using static System.Net.WebUtility;

namespace EigenPlan.Bench;

/// <summary>
/// The same booklet content as HTML + CSS (inline SVG for houses, faces and drawings, the same embedded font), for
/// printing to PDF with headless Chromium as the comparison the booklet benchmark measures against.
/// </summary>
public static class BookletHtml
{
    public static string Build(BookletModel model)
    {
        var html = new StringBuilder(256 * 1024);
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{HtmlEncode(model.Title)}}</title><style>
            @font-face { font-family: AH; src: url(data:font/ttf;base64,{{Font("Regular")}}); }
            @font-face { font-family: AH; font-weight: bold; src: url(data:font/ttf;base64,{{Font("Bold")}}); }
            @page { size: A4; margin: 54pt 68pt 70pt 60pt; }
            body { font: 12pt/1.45 AH, sans-serif; color: #1b1b1b; margin: 0; }
            section { break-before: page; position: relative; }
            h1 { font-size: 24pt; margin: 0 0 8pt; } h2 { font-size: 17pt; }
            .band { color: white; border-radius: 8pt; padding: 10pt 16pt; }
            .cols { display: flex; gap: 16pt; } .main { flex: 1; } .side { width: 146pt; font-size: 10pt; }
            .box { border: 1px solid #ccc; border-radius: 6pt; padding: 10pt; margin-bottom: 8pt; white-space: pre-wrap; overflow-wrap: anywhere; }
            .sub { margin-left: 26pt; } .label { font-weight: bold; white-space: normal; }
            .plate { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12pt; }
            .cell { border-radius: 8pt; padding: 12pt; text-align: center; }
            .tab { position: fixed; right: -68pt; width: 30pt; color: white; writing-mode: vertical-rl; text-align: center; font-weight: bold; }
            .card { background: #f3f2ee; border-radius: 6pt; padding: 12pt; margin-bottom: 10pt; break-inside: avoid; }
            </style></head><body>
            <section style="break-before: auto"><h1>Mijn Eigen Plan</h1><p>Gemeente {{HtmlEncode(model.MunicipalityName)}}</p>
            <p>Naam: {{HtmlEncode(model.Cover.Name ?? "")}}</p><p>{{HtmlEncode(model.Cover.HelpLine ?? "")}}</p></section>
            """);

        html.Append("<section><h1>De huisjes</h1><div class=\"plate\">");
        foreach (var house in model.Houses)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"cell\" style=\"background:{house.Color}22\">{HouseSvg(house.Color)}<h2 style=\"color:{house.Color}\">{HtmlEncode(house.Title)}</h2>");
            foreach (var topic in house.Topics)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div>{HtmlEncode(topic.Title)}</div><div>");
                foreach (var smiley in model.Smileys.Where(s => s.Level is not null))
                {
                    html.Append(FaceSvg(smiley.Level!.Value, smiley.Id == topic.SmileyId, house.Color));
                }

                html.Append("</div>");
            }

            html.Append("</div>");
        }

        html.Append("</div></section>");

        foreach (var house in model.Houses)
        {
            foreach (var topic in house.Topics)
            {
                html.Append(CultureInfo.InvariantCulture, $"""
                    <section><div class="band" style="background:{house.Color}"><small>{HtmlEncode(house.Title)}</small><h1>{HtmlEncode(topic.Title)}</h1></div>
                    <p>{HtmlEncode(topic.Essence)}</p><div class="cols"><div class="main">
                    """);
                foreach (var question in topic.Questions)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<div class=\"box{(question.IsSubQuestion ? " sub" : "")}\"><div class=\"label\">{HtmlEncode(question.Label)}</div>{HtmlEncode(question.Answer)}</div>");
                }

                html.Append("</div><div class=\"side\"><b>Hoe gaat het?</b>");
                foreach (var smiley in model.Smileys)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<div>{(smiley.Level is { } level ? FaceSvg(level, smiley.Id == topic.SmileyId, house.Color) : "n.v.t.")} {HtmlEncode(smiley.Label)}</div>");
                }

                html.Append("<ul>");
                foreach (var suggestion in topic.Suggestions)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li>{HtmlEncode(suggestion)}</li>");
                }

                html.Append(CultureInfo.InvariantCulture, $"</ul></div></div><div class=\"tab\" style=\"background:{house.Color};top:{100 + (house.Index * 110)}pt;height:100pt\">{HtmlEncode(house.Title)}</div></section>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<section><h1 style=\"color:{house.Color}\">Vrije ruimte – {HtmlEncode(house.Title)}</h1><p style=\"white-space:pre-wrap\">{HtmlEncode(house.FreeText)}</p>");
            html.Append("<svg viewBox=\"0 0 1000 700\" width=\"100%\" style=\"border:1px solid #ccc\">");
            foreach (var stroke in house.Drawing)
            {
                var points = string.Join(' ', Enumerable.Range(0, stroke.Points.Count / 2)
                    .Select(i => string.Create(CultureInfo.InvariantCulture, $"{stroke.Points[2 * i]:0.#},{stroke.Points[(2 * i) + 1]:0.#}")));
                html.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{HtmlEncode(stroke.Color)}\" stroke-width=\"{stroke.LineWidth}\" stroke-linecap=\"round\" points=\"{points}\"/>");
            }

            html.Append("</svg></section>");
        }

        html.Append("<section><h1>Tips uit de Sociale Kaart</h1>");
        foreach (var group in model.Tips.Chosen.Concat(model.Tips.More))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{HtmlEncode(group.TopicTitle)} · {HtmlEncode(group.HouseTitle)}</h2>");
            foreach (var entry in group.Entries)
            {
                html.Append(CultureInfo.InvariantCulture, $"""
                    <div class="card"><b>{HtmlEncode(entry.Name)}</b><p>{HtmlEncode(entry.Summary)}</p>
                    <p>Voor wie: {HtmlEncode(entry.ForWhom)}<br>Kosten: {HtmlEncode(entry.Costs)}<br>Aanmelden: {HtmlEncode(entry.HowToApply)}</p>
                    {(entry.Contact.Phone is { } phone ? $"<a href=\"tel:{HtmlEncode(phone)}\">{HtmlEncode(phone)}</a> " : "")}
                    {(entry.Contact.Website is { } web ? $"<a href=\"{HtmlEncode(web)}\">{HtmlEncode(web)}</a>" : "")}</div>
                    """);
            }
        }

        html.Append("</section></body></html>");
        return html.ToString();
    }

    private static string HouseSvg(string color) =>
        $"<svg width=\"74\" height=\"58\" viewBox=\"0 0 74 58\"><polygon points=\"0,23 37,0 74,23\" fill=\"{color}\"/><rect x=\"7\" y=\"22\" width=\"60\" height=\"36\" fill=\"{color}\"/><circle cx=\"37\" cy=\"40\" r=\"11\" fill=\"none\" stroke=\"white\" stroke-width=\"3\"/></svg>";

    private static string FaceSvg(int level, bool chosen, string color)
    {
        var curve = (level - 3) * 2.2;
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg width=\"20\" height=\"20\" viewBox=\"-10 -10 20 20\"><circle r=\"9\" fill=\"{(chosen ? color : "white")}\" stroke=\"#1b1b1b\" stroke-width=\"{(chosen ? 2.5 : 1)}\"/><circle cx=\"-3.4\" cy=\"-2.8\" r=\"1.2\"/><circle cx=\"3.4\" cy=\"-2.8\" r=\"1.2\"/><path d=\"M-4.3,{3.6 - (curve / 2):0.##} C-1.9,{3.6 + (curve / 2):0.##} 1.9,{3.6 + (curve / 2):0.##} 4.3,{3.6 - (curve / 2):0.##}\" fill=\"none\" stroke=\"#1b1b1b\" stroke-width=\"1.2\"/></svg>");
    }

    private static string Font(string face)
    {
        using var stream = typeof(BookletRenderer).Assembly.GetManifestResourceStream($"EigenPlan.Booklet.Fonts.AtkinsonHyperlegible-{face}.ttf")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Convert.ToBase64String(copy.ToArray());
    }
}

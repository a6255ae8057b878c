using System.Buffers.Text;
using System.Security.Cryptography;
using EigenPlan.Booklet;
using EigenPlan.Booklet.Model;
using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;

namespace EigenPlan.Web.Endpoints;

/// <summary>A rendered blank booklet and its strong entity tag (a hash of the PDF's bytes).</summary>
public sealed record BlankBooklet(Municipality Municipality, Format Format, byte[] Pdf, EntityTagHeaderValue ETag);

/// <summary>A rendered uitlegboekje and its strong entity tag (a hash of the PDF's bytes).</summary>
public sealed record ExplanationBooklet(Municipality Municipality, Format Format, FormatExplanation Explanation, byte[] Pdf, EntityTagHeaderValue ETag);

/// <summary>
/// The blank booklet and the uitlegboekje of each municipality, rendered once per version of their content: the catalog
/// hands out the same <see cref="Municipality"/>, <see cref="Format"/> and <see cref="FormatExplanation"/> objects until
/// a file changes, so a changed object is a new version. The key also holds the site's address, which the last page
/// prints, and the blank booklet's language. The ETag is a hash of the PDF's bytes. Bounded in memory (64 MB); a dropped
/// entry is rendered again.
/// </summary>
public sealed class BlankBookletCache(IBookletRenderer renderer, IExplanationBookletRenderer explanationRenderer) : IDisposable
{
    private const long MaxBytes = 64L * 1024 * 1024;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxBytes });

    /// <summary>How many times a blank booklet was rendered (for tests).</summary>
    public int Renders => _renders;

    /// <summary>How many times an uitlegboekje was rendered (for tests).</summary>
    public int ExplanationRenders => _explanationRenders;

    private int _renders;
    private int _explanationRenders;

    /// <param name="municipality">The municipality, as the catalog hands it out.</param>
    /// <param name="format">Its format, in <paramref name="language"/> (as the catalog hands it out).</param>
    /// <param name="site">The site's address for the last page (<see cref="BookletOptions.SiteAddress"/>), or null.</param>
    /// <param name="language">The booklet's language; null for the format's own (Dutch).</param>
    /// <param name="dutchFormat">The Dutch format, for the Dutch words beside translated ones.</param>
    public BlankBooklet Get(Municipality municipality, Format format, string? site = null, PlanLanguage? language = null, Format? dutchFormat = null)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(format);
        language ??= format.Language;
        var key = ("leeg", municipality.Id, site, language.Code);
        if (_cache.TryGetValue(key, out BlankBooklet? cached) && cached is not null
            && ReferenceEquals(cached.Municipality, municipality) && ReferenceEquals(cached.Format, format))
        {
            return cached;
        }
        using var stream = new MemoryStream();
        renderer.Render(BookletModelFactory.Create(format, municipality, null, new BookletOptions { SiteAddress = site, Language = language }, dutchFormat), stream);
        Interlocked.Increment(ref _renders);
        var pdf = stream.ToArray();
        var booklet = new BlankBooklet(municipality, format, pdf, ETagOf(pdf));
        _cache.Set(key, booklet, new MemoryCacheEntryOptions { Size = pdf.Length });
        return booklet;
    }

    /// <param name="municipality">The municipality, as the catalog hands it out.</param>
    /// <param name="format">Its format.</param>
    /// <param name="explanation">The format's uitlegboekje content.</param>
    /// <param name="site">The site's address for the last page, or null.</param>
    /// <param name="language">The booklet's language (the format and the explanation are in it); null for the format's own.</param>
    public ExplanationBooklet GetExplanation(Municipality municipality, Format format, FormatExplanation explanation, string? site = null, PlanLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(explanation);
        language ??= format.Language;
        var key = ("uitleg", municipality.Id, site, language.Code);
        if (_cache.TryGetValue(key, out ExplanationBooklet? cached) && cached is not null
            && ReferenceEquals(cached.Municipality, municipality) && ReferenceEquals(cached.Format, format) && ReferenceEquals(cached.Explanation, explanation))
        {
            return cached;
        }
        using var stream = new MemoryStream();
        explanationRenderer.Render(ExplanationBookletModel.Create(format, municipality, explanation, new BookletOptions { SiteAddress = site, Language = language }), stream);
        Interlocked.Increment(ref _explanationRenders);
        var pdf = stream.ToArray();
        var booklet = new ExplanationBooklet(municipality, format, explanation, pdf, ETagOf(pdf));
        _cache.Set(key, booklet, new MemoryCacheEntryOptions { Size = pdf.Length });
        return booklet;
    }

    public void Dispose() => _cache.Dispose();

    private static EntityTagHeaderValue ETagOf(byte[] pdf) => new($"\"{Base64Url.EncodeToString(SHA256.HashData(pdf))}\"");
}

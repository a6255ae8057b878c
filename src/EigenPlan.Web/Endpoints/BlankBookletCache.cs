using System.Buffers.Text;
using System.Security.Cryptography;
using EigenPlan.Booklet;
using EigenPlan.Booklet.Model;
using EigenPlan.Core.Content;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;

namespace EigenPlan.Web.Endpoints;

/// <summary>A rendered blank booklet and its strong entity tag (a hash of the PDF's bytes).</summary>
public sealed record BlankBooklet(Municipality Municipality, Format Format, byte[] Pdf, EntityTagHeaderValue ETag);

/// <summary>
/// The blank booklet of each municipality, rendered once per version of its content: the catalog hands out the same
/// <see cref="Municipality"/> and <see cref="Format"/> objects until a file changes, so a changed object is a new
/// version. The PDF is byte-identical for the same content, so its hash is a strong ETag that also survives restarts
/// and holds across instances. Bounded in memory (64 MB); a dropped entry is rendered again.
/// </summary>
public sealed class BlankBookletCache(IBookletRenderer renderer) : IDisposable
{
    private const long MaxBytes = 64L * 1024 * 1024;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxBytes });

    /// <summary>How many times a booklet was rendered (for tests).</summary>
    public int Renders => _renders;

    private int _renders;

    public BlankBooklet Get(Municipality municipality, Format format)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(format);
        if (_cache.TryGetValue(municipality.Id, out BlankBooklet? cached) && cached is not null
            && ReferenceEquals(cached.Municipality, municipality) && ReferenceEquals(cached.Format, format))
        {
            return cached;
        }
        using var stream = new MemoryStream();
        renderer.Render(BookletModelFactory.Create(format, municipality, null, new BookletOptions()), stream);
        Interlocked.Increment(ref _renders);
        var pdf = stream.ToArray();
        var booklet = new BlankBooklet(municipality, format, pdf, new EntityTagHeaderValue($"\"{Base64Url.EncodeToString(SHA256.HashData(pdf))}\""));
        _cache.Set(municipality.Id, booklet, new MemoryCacheEntryOptions { Size = pdf.Length });
        return booklet;
    }

    public void Dispose() => _cache.Dispose();
}

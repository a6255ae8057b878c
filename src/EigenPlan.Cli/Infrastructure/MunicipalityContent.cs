using EigenPlan.Content;
using EigenPlan.Core.Content;

namespace EigenPlan.Cli.Infrastructure;

/// <summary>The content a booklet command needs: the folder loaded and checked, one municipality and its format.</summary>
internal static class MunicipalityContent
{
    /// <summary>
    /// Loads <paramref name="contentRoot"/> and finds municipality <paramref name="id"/> with its format; null (after a
    /// Dutch message on <paramref name="error"/> that says how to check the folder) when either is missing or broken.
    /// </summary>
    public static (ContentSnapshot Snapshot, Municipality Municipality, Format Format)? Load(
        string contentRoot, string id, TimeProvider clock, TextWriter error)
    {
        var snapshot = ContentLoader.LoadDirectory(contentRoot, new ContentLoadOptions { Clock = clock });
        if (snapshot.FindMunicipality(id) is not { } municipality || snapshot.FindFormat(municipality.FormatId) is not { } format)
        {
            error.WriteLine($"De gemeente '{id}' staat niet (foutloos) in '{contentRoot}'. Controleer het met: eigenplan check {contentRoot}");
            return null;
        }
        return (snapshot, municipality, format);
    }
}

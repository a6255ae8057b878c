using EigenPlan.Content.Problems;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Yaml;

namespace EigenPlan.Content.Validation;

/// <summary>
/// A file's id must equal its file name, so links and the file on disk can never disagree. Format and municipality
/// files name their id key alike (<see cref="FormatKeys.Id"/> is <see cref="MunicipalityKeys.Id"/>).
/// </summary>
internal static class FileIdRule
{
    public static void Check(YamlMapping root, string fileId, ProblemList problems)
    {
        if (root[FormatKeys.Id] is YamlScalar { IsNull: false } id && id.Value != fileId)
        {
            problems.Error(id, $"Het id '{id.Value}' moet gelijk zijn aan de bestandsnaam: '{fileId}' (van {fileId}.yaml).");
        }
    }
}

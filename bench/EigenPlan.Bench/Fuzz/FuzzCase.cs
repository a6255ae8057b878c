namespace EigenPlan.Bench.Fuzz;

/// <summary>One file of a fuzz input, by its path relative to the input's folder (<c>municipalities/almere.yaml</c>).</summary>
public sealed record FuzzFile(string Path, byte[] Bytes);

/// <summary>
/// One input for a target: the files it reads (one content file, a whole HSDS package, one plan export) and the
/// mutations that made them from a seed, so a saved failure says how it came about.
/// </summary>
public sealed record FuzzCase(IReadOnlyList<FuzzFile> Files, IReadOnlyList<string> Mutations)
{
    public FuzzCase(params FuzzFile[] files)
        : this(files, [])
    {
    }

    public FuzzCase WithFile(int index, byte[] bytes) =>
        this with { Files = [.. Files.Select((f, i) => i == index ? f with { Bytes = bytes } : f)] };

    public long TotalBytes => Files.Sum(f => (long)f.Bytes.Length);

    /// <summary>Writes the files under <paramref name="folder"/>, which is emptied first.</summary>
    public void WriteTo(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var file in Files)
        {
            var path = System.IO.Path.Combine(folder, file.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    /// <summary>Reads every file under <paramref name="folder"/> back into a case (to replay a saved failure).</summary>
    public static FuzzCase ReadFrom(string folder) =>
        new([.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => new FuzzFile(System.IO.Path.GetRelativePath(folder, p), File.ReadAllBytes(p)))], []);
}

using CsCheck;

namespace EigenPlan.Bench.Fuzz;

/// <summary>
/// Inputs made from the seeds: pick a seed, then mutate one or more of its files with the mutations for that file's
/// kind; for a package of several files, sometimes also leave a file out or add a copy under another name.
/// </summary>
public sealed class MutatedCases(IReadOnlyList<FuzzCase> seeds, Func<string, Gen<Mutation>> mutationsFor, int maxFilesTouched = 1, bool packageEdits = false)
    : Gen<FuzzCase>
{
    private readonly Dictionary<string, Gen<Mutation[]>> _stacks = [];

    public override FuzzCase Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        var seed = seeds[(int)pcg.Next((uint)seeds.Count)];
        var log = new List<string>();
        var files = seed.Files.ToList();
        var touched = 1 + (int)pcg.Next((uint)maxFilesTouched);
        for (var t = 0; t < touched && files.Count > 0; t++)
        {
            var index = (int)pcg.Next((uint)files.Count);
            var file = files[index];
            var stack = StackFor(file.Path).Generate(pcg, null!, out _);
            var fileLog = new List<string>();
            files[index] = file with { Bytes = Mutations.Apply(file.Bytes, stack, fileLog) };
            log.AddRange(fileLog.Select(line => $"{file.Path}: {line}"));
        }

        if (packageEdits && pcg.Next(8) == 0 && files.Count > 1)
        {
            var index = (int)pcg.Next((uint)files.Count);
            if (pcg.Next(2) == 0)
            {
                log.Add($"{files[index].Path} weggelaten");
                files.RemoveAt(index);
            }
            else
            {
                var copy = files[index] with { Path = Path.ChangeExtension(files[index].Path, null).TrimEnd('s') + ".csv" };
                if (files.All(f => f.Path != copy.Path))
                {
                    log.Add($"{files[index].Path} ook als {copy.Path}");
                    files.Add(copy);
                }
            }
        }

        return new FuzzCase(files, log);
    }

    private Gen<Mutation[]> StackFor(string path)
    {
        lock (_stacks)
        {
            var kind = Path.GetExtension(path);
            return _stacks.TryGetValue(kind, out var stack) ? stack : _stacks[kind] = Mutations.Stack(mutationsFor(path));
        }
    }
}

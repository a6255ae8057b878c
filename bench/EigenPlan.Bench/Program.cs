using EigenPlan.Bench;

// Each benchmark is one class in its own file; add it here to make it a subcommand.
IBenchmark[] benchmarks = [new BookletBenchmark(), new SamplesCommand(), new ContentBenchmark(), new StoreBenchmark(), new KillBenchmark(), new DisconnectBenchmark(), new LoadBenchmark()];

// On its own line so that other harnesses can join the list above without touching this one.
benchmarks = [.. benchmarks, new FuzzBenchmark()];

var name = args.FirstOrDefault();
var benchmark = benchmarks.FirstOrDefault(b => b.Name == name);
if (benchmark is null)
{
    Console.WriteLine("Gebruik: dotnet run -c Release --project bench/EigenPlan.Bench -- <benchmark> [opties]");
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-10} {b.Description}");
    }

    return name is null ? 0 : 2;
}

return await benchmark.RunAsync(args[1..]);

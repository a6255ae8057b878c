namespace EigenPlan.Storage.Tests;

/// <summary>
/// Test classes in this collection run with nothing beside them: they allocate so much (a plan over LiteDB's 16 MB
/// document limit) that the timing tests next to them would measure the garbage collector.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;

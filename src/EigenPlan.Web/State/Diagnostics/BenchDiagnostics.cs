using System.Diagnostics;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.State.Diagnostics;

/// <summary>Settings under <c>Diagnostics:</c>. Off unless a benchmark switches it on.</summary>
public sealed class BenchDiagnosticsOptions
{
    public const string Section = "Diagnostics";

    /// <summary>
    /// Serves <c>GET /_bench/memory</c> to loopback callers only: forces a full, compacting garbage collection and
    /// answers the managed heap, the process's memory and CPU time and the number of circuits, as JSON. For
    /// <c>bench/EigenPlan.Bench -- load</c>; never switch it on in production (a full collection on demand costs).
    /// </summary>
    public bool BenchEndpoint { get; set; }
}

/// <summary>Counts the circuits of this process (open, and with a live connection).</summary>
public sealed class CircuitCounter
{
    private int _open;
    private int _connected;

    public int Open => Volatile.Read(ref _open);

    public int Connected => Volatile.Read(ref _connected);

    internal sealed class Handler(CircuitCounter counter) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter._open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref counter._open);
            return Task.CompletedTask;
        }

        public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter._connected);
            return Task.CompletedTask;
        }

        public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref counter._connected);
            return Task.CompletedTask;
        }
    }
}

/// <summary>Adds the benchmark endpoint in front of the app's pipeline when <see cref="BenchDiagnosticsOptions.BenchEndpoint"/> is on.</summary>
internal sealed class BenchDiagnosticsStartup(IOptions<BenchDiagnosticsOptions> options) : IStartupFilter
{
    public const string Path = "/_bench/memory";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (options.Value.BenchEndpoint)
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path != Path)
                {
                    await nextMiddleware(context);
                    return;
                }
                if (context.Connection.RemoteIpAddress is not { } remote || !System.Net.IPAddress.IsLoopback(remote))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
                await context.Response.WriteAsJsonAsync(Measure(context.RequestServices.GetRequiredService<CircuitCounter>()));
            });
        }
        next(app);
    };

    private static object Measure(CircuitCounter circuits)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new
        {
            managedHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
            gcHeapSizeBytes = GC.GetGCMemoryInfo().HeapSizeBytes,
            workingSetBytes = process.WorkingSet64,
            cpuMilliseconds = process.TotalProcessorTime.TotalMilliseconds,
            openCircuits = circuits.Open,
            connectedCircuits = circuits.Connected,
        };
    }
}

using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace EigenPlan.EndToEnd.NothingLost;

/// <summary>
/// A TCP relay in front of the app whose answers arrive late: every chunk the server sends reaches the browser
/// <c>delay</c> after it was sent, in order (what the browser sends goes through at once) — a busy server or a poor
/// mobile line. Render batches then land while the next keystrokes are already on their way.
/// </summary>
public sealed class SlowLine : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeSpan _delay;
    private readonly int _target;
    private readonly Task _accepting;

    public SlowLine(int targetPort, TimeSpan delay)
    {
        _target = targetPort;
        _delay = delay;
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accepting = AcceptAsync();
    }

    public string BaseUrl { get; }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        using var browserSide = client;
        using var serverSide = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        browserSide.NoDelay = true;
        try
        {
            await serverSide.ConnectAsync(IPAddress.Loopback, _target, _stop.Token);
            var late = Channel.CreateUnbounded<(long Due, byte[] Chunk)>();
            _ = ReadLateAsync(serverSide, late.Writer);
            await Task.WhenAny(PumpAsync(browserSide, serverSide), WriteLateAsync(late.Reader, browserSide));
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (SocketException)
        {
            // One side went away: the other is closed with it.
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, _stop.Token)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            // Closed.
        }
    }

    private async Task ReadLateAsync(Socket from, ChannelWriter<(long Due, byte[] Chunk)> late)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, _stop.Token)) > 0)
            {
                late.TryWrite((Environment.TickCount64 + (long)_delay.TotalMilliseconds, buffer[..read]));
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            // Closed.
        }
        late.TryComplete();
    }

    private async Task WriteLateAsync(ChannelReader<(long Due, byte[] Chunk)> late, Socket to)
    {
        try
        {
            await foreach (var (due, chunk) in late.ReadAllAsync(_stop.Token))
            {
                var wait = due - Environment.TickCount64;
                if (wait > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(wait), _stop.Token);
                }
                await to.SendAsync(chunk, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            // Closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }
}

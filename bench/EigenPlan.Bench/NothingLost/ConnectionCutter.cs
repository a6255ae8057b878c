using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace EigenPlan.Bench.NothingLost;

/// <summary>
/// A loopback TCP relay between the browser and the app that can cut the line like a broken network: <see cref="Cut"/>
/// resets every open connection at once (the WebSocket closes with 1006, as on a train going into a tunnel) and resets
/// every new one until <see cref="Restore"/>. (Chromium's DevTools "offline" only stalls an open WebSocket: the page
/// would notice after the 30-second keep-alive timeout instead of at once.)
/// </summary>
public sealed class ConnectionCutter : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<Socket, Socket> _links = new();
    private readonly CancellationTokenSource _stop = new();
    private volatile int _target;
    private readonly Task _accepting;
    private volatile bool _cut;

    public ConnectionCutter(int targetPort)
    {
        _target = targetPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public void Cut()
    {
        _cut = true;
        foreach (var (client, server) in _links)
        {
            Reset(client);
            Reset(server);
        }
        _links.Clear();
    }

    public void Restore() => _cut = false;

    /// <summary>New connections go to another port from now on (an app started again elsewhere).</summary>
    public void Retarget(int port) => _target = port;

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
            if (_cut)
            {
                Reset(client);
                continue;
            }
            _ = LinkAsync(client);
        }
    }

    private async Task LinkAsync(Socket client)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _target, _stop.Token);
        }
        catch (Exception)
        {
            Reset(client);
            Reset(server);
            return;
        }
        _links[client] = server;
        await Task.WhenAll(PumpAsync(client, server), PumpAsync(server, client));
        _links.TryRemove(client, out _);
        Reset(client);
        Reset(server);
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (read == 0)
                {
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception)
        {
            // Cut, reset or closed: the link ends.
        }
    }

    /// <summary>Closes with a TCP reset (linger 0), not a polite FIN: the other side sees the line break.</summary>
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _stop.Dispose();
    }
}

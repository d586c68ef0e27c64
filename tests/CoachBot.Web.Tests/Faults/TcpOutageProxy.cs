using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CoachBot.Web.Tests.Faults;

/// <summary>
/// A TCP forwarder in front of a service that can go dark: <see cref="GoDownAsync"/> resets every open connection
/// and refuses new ones, as a stopped process does; <see cref="ComeBack"/> listens again on the same port.
/// Unlike stopping an in-memory Azurite, the data behind it survives the outage, so a test can check what was kept.
/// </summary>
public sealed class TcpOutageProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private TcpListener? _listener;
    private CancellationTokenSource _accepting = new();

    private TcpOutageProxy(int targetPort)
    {
        _target = new IPEndPoint(IPAddress.Loopback, targetPort);
    }

    public int Port { get; private set; }

    public static TcpOutageProxy Start(int targetPort)
    {
        var proxy = new TcpOutageProxy(targetPort);
        proxy.Listen(0);
        return proxy;
    }

    public async Task GoDownAsync()
    {
        await _accepting.CancelAsync();
        _listener?.Stop();
        _listener = null;
        foreach (var socket in _open.Keys)
        {
            Reset(socket);
        }
    }

    public void ComeBack()
    {
        _accepting.Dispose();
        _accepting = new CancellationTokenSource();
        Listen(Port);
    }

    public async ValueTask DisposeAsync()
    {
        await GoDownAsync();
        _accepting.Dispose();
    }

    private void Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _ = AcceptAsync(listener, _accepting.Token);
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client, cancellationToken);
        }
    }

    private async Task ForwardAsync(Socket client, CancellationToken cancellationToken)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_target, cancellationToken);
            await Task.WhenAny(PumpAsync(client, server, cancellationToken), PumpAsync(server, client, cancellationToken));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The outage, or one side hung up.
        }
        finally
        {
            Reset(client);
            Reset(server);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
                if (read == 0)
                {
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Reset by the outage or by the peer.
        }
    }

    private void Reset(Socket socket)
    {
        if (_open.TryRemove(socket, out _))
        {
            try
            {
                // Linger 0: close with a reset, as a killed process's sockets do.
                socket.LingerState = new LingerOption(true, 0);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }

            socket.Dispose();
        }
    }
}

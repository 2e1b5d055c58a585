using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace AiotHub.Mqtt.Transport;

/// <summary>
/// Accepts TCP connections (optionally TLS over them) and hands each to the broker as a
/// <see cref="MqttTransportConnection"/>. Accept errors are reported and the loop goes on.
/// </summary>
internal sealed class MqttTcpListener
{
    private const int Backlog = 1024;
    private readonly IPEndPoint _endPoint;
    private readonly X509Certificate2? _certificate;
    private readonly TimeSpan _handshakeTimeout;
    private readonly bool _requestClientCertificate;
    private readonly TimeProvider _time;
    private readonly Action<MqttTransportConnection> _accept;
    private readonly Action<string, Exception?> _reportError;
    private readonly CancellationTokenSource _stopping = new();
    private Socket? _socket;

    public MqttTcpListener(IPEndPoint endPoint, X509Certificate2? certificate, bool requestClientCertificate, TimeSpan handshakeTimeout,
        TimeProvider time, Action<MqttTransportConnection> accept, Action<string, Exception?> reportError)
    {
        _endPoint = endPoint;
        _certificate = certificate;
        _requestClientCertificate = requestClientCertificate;
        _handshakeTimeout = handshakeTimeout;
        _time = time;
        _accept = accept;
        _reportError = reportError;
    }

    public IPEndPoint LocalEndPoint => (IPEndPoint)(_socket?.LocalEndPoint ?? _endPoint);

    /// <summary>Binds and listens (throws when the port is taken), then accepts in the background.</summary>
    public void Start()
    {
        Bind();
        BeginAccepting();
    }

    /// <summary>
    /// Binds and listens (throws when the port is taken) without accepting: connections wait in the kernel's backlog
    /// (their TCP handshake done, their CONNECT unread) until <see cref="BeginAccepting"/>.
    /// </summary>
    public void Bind()
    {
        var socket = new Socket(_endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (_endPoint.AddressFamily == AddressFamily.InterNetworkV6 && _endPoint.Address.Equals(IPAddress.IPv6Any))
            {
                socket.DualMode = true;
            }

            socket.Bind(_endPoint);
            socket.Listen(Backlog);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        _socket = socket;
    }

    /// <summary>Starts the accept loop of a bound listener; once.</summary>
    public void BeginAccepting()
    {
        if (_socket is not { } socket)
        {
            throw new InvalidOperationException("The listener is not bound.");
        }

        _ = AcceptLoopAsync(socket);
    }

    public void Stop()
    {
        _stopping.Cancel();
        _socket?.Dispose();
    }

    private async Task AcceptLoopAsync(Socket listener)
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(token).ConfigureAwait(false);
            }
            catch (Exception) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (Exception ex)
            {
                // E.g. out of file descriptors (SocketException): report, breathe, keep accepting.
                _reportError("Accepting a connection failed.", ex);
                await Task.Delay(TimeSpan.FromMilliseconds(50), _time, CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            if (_certificate is null)
            {
                Handle(client);
            }
            else
            {
                _ = HandleTlsAsync(client);
            }
        }
    }

    // Plain TCP: hand the socket over at once, keeping no frame per connection. Nothing may escape
    // to the accept loop, which would stop accepting.
    private void Handle(Socket socket)
    {
        var handedOver = false;
        try
        {
            socket.NoDelay = true;
            var remoteEndPoint = socket.RemoteEndPoint;
            var connection = new MqttTransportConnection(new NetworkStream(socket, ownsSocket: true), remoteEndPoint);
            handedOver = true;
            _accept(connection);
        }
        catch (Exception ex)
        {
            // E.g. reset right after accept, before it was handed over.
            _reportError("A connection failed before MQTT started (socket setup).", ex);
            if (!handedOver)
            {
                socket.Dispose();
            }
        }
    }

    /// <summary>
    /// A client certificate passes the handshake when it is absent (the client may use a password) or when its only
    /// fault is a chain the machine does not trust: devices carry certificates from the hub's own CA, which the
    /// broker's Authenticate checks. Anything else (a malformed certificate) ends the handshake.
    /// </summary>
    private static bool LeaveIssuerToBroker(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        (errors & ~(SslPolicyErrors.RemoteCertificateNotAvailable | SslPolicyErrors.RemoteCertificateChainErrors)) == SslPolicyErrors.None;

    private async Task HandleTlsAsync(Socket socket)
    {
        SslStream? ssl = null;
        var handedOver = false;
        try
        {
            socket.NoDelay = true;
            var remoteEndPoint = socket.RemoteEndPoint;
            ssl = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
            using (var timeout = new CancellationTokenSource(_handshakeTimeout, _time))
            {
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificate = _certificate,
                    EnabledSslProtocols = SslProtocols.None, // the OS default: TLS 1.2 and 1.3
                    // Asked for, not demanded: a client without a certificate still connects (with a password).
                    // The handshake proves the client holds the certificate's key; whether its issuer is
                    // trusted is the broker's Authenticate callback's decision, so every chain passes here.
                    ClientCertificateRequired = _requestClientCertificate,
                    RemoteCertificateValidationCallback = _requestClientCertificate ? LeaveIssuerToBroker : null,
                }, timeout.Token).ConfigureAwait(false);
            }

            handedOver = true;
            _accept(new MqttTransportConnection(ssl, remoteEndPoint));
        }
        catch (Exception ex)
        {
            _reportError("A connection failed before MQTT started (TLS handshake or socket setup).", ex);
        }
        finally
        {
            // Once handed over, the connection owns the stream and the socket.
            if (!handedOver)
            {
                if (ssl is not null)
                {
                    await ssl.DisposeAsync().ConfigureAwait(false);
                }
                else
                {
                    socket.Dispose();
                }
            }
        }
    }
}

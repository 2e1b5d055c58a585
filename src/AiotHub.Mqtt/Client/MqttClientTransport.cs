using System.Buffers;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Transport;

namespace AiotHub.Mqtt.Client;

/// <summary>Opens the byte stream to the server (TCP, optionally TLS) and reads single packets from it.</summary>
internal static class MqttClientTransport
{
    public static async Task<MqttTransportConnection> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken)
    {
        // Dual-mode socket: "localhost" may resolve to ::1 and 127.0.0.1; every address is tried.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream stream;
        try
        {
            await socket.ConnectAsync(options.Host, options.Port, cancellationToken).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        if (!options.UseTls)
        {
            return new MqttTransportConnection(stream, socket.RemoteEndPoint);
        }

        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(CreateTlsOptions(options), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new MqttTransportConnection(ssl, socket.RemoteEndPoint);
    }

    /// <summary>Reads exactly one packet (Kestrel-style: consumed up to the packet, everything examined).</summary>
    public static async Task<MqttPacket?> ReadPacketAsync(PipeReader input, MqttProtocolVersion version, int maxPacketSize,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var consumed = buffer.Start;
            var examined = buffer.End;
            try
            {
                if (MqttPacketReader.TryRead(ref buffer, version, maxPacketSize, out var packet))
                {
                    consumed = buffer.Start;
                    examined = consumed;
                    return packet;
                }

                if (result.IsCompleted || result.IsCanceled)
                {
                    return null;
                }
            }
            finally
            {
                input.AdvanceTo(consumed, examined);
            }
        }
    }

    public static int ReadLimit(MqttClientOptions options) =>
        options.MaximumPacketSize is { } max ? (int)Math.Min(max, int.MaxValue) : MaximumPacketSizeOnTheWire;

    /// <summary>The largest Remaining Length (268,435,455, §2.1.4) plus a 5-byte fixed header.</summary>
    private const int MaximumPacketSizeOnTheWire = 268_435_460;

    private static SslClientAuthenticationOptions CreateTlsOptions(MqttClientOptions options)
    {
        var tls = new SslClientAuthenticationOptions
        {
            TargetHost = options.TlsTargetHost ?? options.Host,
            ClientCertificates = options.TlsClientCertificates,
            EnabledSslProtocols = options.TlsProtocols,
            RemoteCertificateValidationCallback = options.TlsCertificateValidation,
        };
        if (options.TlsCertificateValidation is null && options.TlsCaCertificate is { } ca)
        {
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            policy.CustomTrustStore.Add(ca);
            tls.CertificateChainPolicy = policy;
        }

        return tls;
    }
}

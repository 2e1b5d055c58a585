using System.IO.Pipelines;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace AiotHub.Mqtt.Transport;

/// <summary>
/// One byte stream to a peer (a TCP socket, or TLS over one) seen as a pair of pipes, so both the
/// broker and the client parse with <see cref="Formatter.MqttPacketReader"/> over
/// <see cref="System.Buffers.ReadOnlySequence{T}"/> and encode straight into <see cref="Output"/>.
/// This is the only transport seam: anything that is a <see cref="Stream"/> can carry MQTT.
/// </summary>
public sealed class MqttTransportConnection : IAsyncDisposable
{
    private const int MinimumReadSize = 4096;
    private readonly Stream _stream;
    private int _disposed;

    public MqttTransportConnection(Stream stream, EndPoint? remoteEndPoint)
    {
        _stream = stream;
        RemoteEndPoint = remoteEndPoint;
        // Zero-byte reads (as Kestrel does): an idle connection waits for data without holding a
        // pooled buffer, which is most of what an idle client would otherwise cost.
        Input = PipeReader.Create(stream, new StreamPipeReaderOptions(minimumReadSize: MinimumReadSize, leaveOpen: true, useZeroByteReads: true));
        Output = PipeWriter.Create(stream, new StreamPipeWriterOptions(minimumBufferSize: MinimumReadSize, leaveOpen: true));
    }

    public PipeReader Input { get; }

    public PipeWriter Output { get; }

    public EndPoint? RemoteEndPoint { get; }

    /// <summary>True when the stream is TLS.</summary>
    public bool IsTls => _stream is SslStream;

    /// <summary>The certificate the peer presented in the TLS handshake, if it was asked for one and gave one.</summary>
    public X509Certificate2? ClientCertificate => (_stream as SslStream)?.RemoteCertificate as X509Certificate2;

    /// <summary>
    /// Completes both pipes and closes the stream. Pipes are not thread-safe: call this once whoever reads
    /// <see cref="Input"/> and writes <see cref="Output"/> has stopped, or close the stream first so that they stop.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await Input.CompleteAsync().ConfigureAwait(false);
        try
        {
            await Output.CompleteAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The peer is gone; nothing left to flush to.
        }
        catch (ObjectDisposedException)
        {
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}

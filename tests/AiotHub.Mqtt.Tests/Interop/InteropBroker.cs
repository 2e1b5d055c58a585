using System.Collections.Concurrent;
using System.Net;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>
/// The broker the interop tests drive: our <see cref="MqttBroker"/>, in-process on 127.0.0.1 and a
/// port of its own choosing. Set AIOTHUB_INTEROP_BROKER=mosquitto to run the same tests against
/// Debian's mosquitto instead, which proves a failing test is about the broker, not the test.
/// </summary>
internal sealed class InteropBroker : IAsyncDisposable
{
    private readonly MqttBroker? _broker;
    private readonly MosquittoBroker? _reference;
    private readonly ConcurrentQueue<string> _log;

    private InteropBroker(MqttBroker? broker, MosquittoBroker? reference, int port, ConcurrentQueue<string> log)
    {
        _broker = broker;
        _reference = reference;
        Port = port;
        _log = log;
        TlsPort = broker?.LocalEndPoints.Skip(1).FirstOrDefault()?.Port;
    }

    /// <summary>The MQTT over TLS port, when started with a certificate.</summary>
    public int? TlsPort { get; }

    public static string Host => "127.0.0.1";

    public int Port { get; }

    public static bool IsReference =>
        string.Equals(Environment.GetEnvironmentVariable("AIOTHUB_INTEROP_BROKER"), "mosquitto", StringComparison.OrdinalIgnoreCase);

    /// <summary>For a test of behaviour the spec asks for but the reference mosquitto (2.0.11) does not show.</summary>
    public static void SkipWithReference(string reason)
    {
        if (IsReference)
        {
            Assert.Skip($"The reference mosquitto deviates here: {reason}");
        }
    }

    /// <param name="tlsCertificatePath">Also listen for MQTT over TLS with this certificate (our broker only).</param>
    public static async Task<InteropBroker> StartAsync(CancellationToken cancellationToken, string? tlsCertificatePath = null)
    {
        var log = new ConcurrentQueue<string>();
        if (IsReference)
        {
            var reference = await MosquittoBroker.StartAsync(cancellationToken: cancellationToken);
            return new InteropBroker(null, reference, reference.Port, log);
        }

        var broker = new MqttBroker(new MqttBrokerOptions
        {
            Address = IPAddress.Loopback,
            Port = 0,
            TlsPort = tlsCertificatePath is null ? null : 0,
            TlsCertificatePath = tlsCertificatePath,
            Log = e => log.Enqueue($"{e.Level} {e.ClientId} {e.RemoteEndPoint} {e.Message} {e.Exception}"),
        });
        await broker.StartAsync(cancellationToken);
        return new InteropBroker(broker, null, broker.LocalEndPoints[0].Port, log);
    }

    /// <summary>The broker's log, for assertion messages.</summary>
    public string Log => _reference?.Log ?? string.Join(Environment.NewLine, _log);

    public override string ToString() => $"{(IsReference ? "mosquitto" : "AiotHub broker")} on {Host}:{Port}";

    public async ValueTask DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        if (_reference is not null)
        {
            await _reference.DisposeAsync();
        }
    }
}

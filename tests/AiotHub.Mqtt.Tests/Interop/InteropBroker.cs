using System.Collections.Concurrent;
using System.Net;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Persistence;
using AiotHub.Mqtt.Transport;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>
/// The broker the interop tests drive: our <see cref="MqttBroker"/>, in-process on 127.0.0.1, or Debian's
/// mosquitto as the reference. The mosquitto_pub/sub and paho suites start ours unless
/// AIOTHUB_INTEROP_BROKER=mosquitto says otherwise, which proves a failing test is about the broker, not the
/// test; the MQTTnet suite names the kind per scenario and runs both in one test run.
/// </summary>
internal sealed class InteropBroker : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _log = new();
    private readonly MqttBrokerOptions? _options;
    private readonly TemporaryDirectory? _directory;
    private MqttBroker? _broker;
    private MqttBrokerStore? _store;
    private MosquittoBroker? _reference;

    /// <param name="directory">Ours: its store; mosquitto: its password file. Deleted on dispose.</param>
    private InteropBroker(InteropBrokerKind kind, MqttBrokerOptions? options, TemporaryDirectory? directory)
    {
        Kind = kind;
        _options = options;
        _directory = directory;
    }

    public InteropBrokerKind Kind { get; }

    /// <summary>The MQTT over TLS port, when started with a certificate.</summary>
    public int? TlsPort { get; private set; }

    public static string Host => "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>Sessions, queues and retained messages are kept across <see cref="RestartAsync"/>.</summary>
    public bool IsPersistent { get; private init; }

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
    public static Task<InteropBroker> StartAsync(CancellationToken cancellationToken, string? tlsCertificatePath = null) =>
        StartAsync(IsReference ? InteropBrokerKind.Mosquitto : InteropBrokerKind.AiotHub, cancellationToken, tlsCertificatePath: tlsCertificatePath);

    /// <param name="persistent">
    /// Keep sessions and retained messages across <see cref="RestartAsync"/>: ours with its store in a temporary
    /// directory and a port that stays free while it is down; mosquitto with <c>persistence true</c>.
    /// </param>
    /// <param name="user">The only user allowed to connect, with its password; null: anonymous clients are welcome.</param>
    /// <param name="configure">Settings of our broker beyond the defaults (ignored for mosquitto).</param>
    public static async Task<InteropBroker> StartAsync(
        InteropBrokerKind kind, CancellationToken cancellationToken, bool persistent = false, string? tlsCertificatePath = null,
        (string Name, string Password)? user = null, Action<MqttBrokerOptions>? configure = null)
    {
        if (kind == InteropBrokerKind.Mosquitto)
        {
            var passwords = user is { } u ? await WritePasswordFileAsync(u.Name, u.Password, cancellationToken) : null;
            try
            {
                var reference = await MosquittoBroker.StartAsync(
                    new MosquittoBrokerOptions { Persistence = persistent, PasswordFile = passwords?.FilePath("passwd") }, cancellationToken);
                return new InteropBroker(kind, null, passwords) { _reference = reference, Port = reference.Port, IsPersistent = persistent };
            }
            catch
            {
                passwords?.Dispose();
                throw;
            }
        }

        var options = new MqttBrokerOptions
        {
            Address = IPAddress.Loopback,
            Port = persistent ? FreePort.Stable() : 0,
            TlsPort = tlsCertificatePath is null ? null : 0,
            TlsCertificatePath = tlsCertificatePath,
        };
        if (user is { } allowed)
        {
            options.AllowAnonymous = false;
            options.Authenticate = c =>
                c.UserName == allowed.Name && c.Password is { } password && password.AsSpan().SequenceEqual(System.Text.Encoding.UTF8.GetBytes(allowed.Password))
                    ? MqttReasonCode.Success
                    : MqttReasonCode.BadUserNameOrPassword;
        }

        configure?.Invoke(options);
        var broker = new InteropBroker(kind, options, persistent ? new TemporaryDirectory() : null) { IsPersistent = persistent };
        options.Log = e => broker._log.Enqueue($"{e.Level} {e.ClientId} {e.RemoteEndPoint} {e.Message} {e.Exception}");
        try
        {
            await broker.StartOursAsync(cancellationToken);
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }

        return broker;
    }

    /// <summary>
    /// A graceful restart on the same port: ours stops (5.0 clients get DISCONNECT 0x8B), closes its store and
    /// starts again over it; mosquitto gets SIGTERM, writes mosquitto.db and starts again from it.
    /// </summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        if (_reference is not null)
        {
            await _reference.RestartAsync(cancellationToken);
            return;
        }

        await StopOursAsync();
        _log.Enqueue("[fixture] restarting");
        await StartOursAsync(cancellationToken);
    }

    /// <summary>The broker's log, for assertion messages.</summary>
    public string Log => _reference?.Log ?? string.Join(Environment.NewLine, _log);

    public override string ToString() => $"{(Kind == InteropBrokerKind.Mosquitto ? "mosquitto" : "AiotHub broker")} on {Host}:{Port}";

    public async ValueTask DisposeAsync()
    {
        await StopOursAsync();
        if (_reference is not null)
        {
            await _reference.DisposeAsync();
        }

        _directory?.Dispose();
    }

    private async Task StartOursAsync(CancellationToken cancellationToken)
    {
        var options = _options!;
        if (IsPersistent)
        {
            _store = MqttBrokerStore.Open(_directory!.Path);
            options.Store = _store;
        }

        // The port of a restart was free while the broker was down (FreePort.Stable), but its old socket may linger.
        for (var attempt = 1; ; attempt++)
        {
            var broker = new MqttBroker(options);
            try
            {
                await broker.StartAsync(cancellationToken);
                _broker = broker;
                break;
            }
            catch (MqttListenerException) when (attempt < 20 && options.Port != 0)
            {
                await broker.DisposeAsync();
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }

        Port = _broker.LocalEndPoints[0].Port;
        options.Port = Port;
        TlsPort = _broker.LocalEndPoints.Skip(1).FirstOrDefault()?.Port;
    }

    private static async Task<TemporaryDirectory> WritePasswordFileAsync(string name, string password, CancellationToken cancellationToken)
    {
        var tool = Requires.Executable("mosquitto_passwd", "mosquitto");
        var directory = new TemporaryDirectory();
        await using var process = ChildProcess.Start(tool, ["-b", "-c", directory.FilePath("passwd"), name, password]);
        Assert.Equal(0, await process.WaitForExitAsync(TimeSpan.FromSeconds(20), cancellationToken));
        return directory;
    }

    private async Task StopOursAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
            _broker = null;
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
            _store = null;
        }
    }
}

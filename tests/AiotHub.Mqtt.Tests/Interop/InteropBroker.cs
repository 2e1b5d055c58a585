using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>
/// The broker the interop tests drive. Set AIOTHUB_INTEROP_BROKER=mosquitto to run the same tests
/// against Debian's mosquitto instead, which proves a failing test is about the broker and not
/// about the test.
/// </summary>
internal sealed class InteropBroker : IAsyncDisposable
{
    private readonly MosquittoBroker? _reference;

    private InteropBroker(MosquittoBroker reference, int port)
    {
        _reference = reference;
        Port = port;
    }

    public static string Host => "127.0.0.1";

    public int Port { get; }

    public static bool IsReference =>
        string.Equals(Environment.GetEnvironmentVariable("AIOTHUB_INTEROP_BROKER"), "mosquitto", StringComparison.OrdinalIgnoreCase);

    public static async Task<InteropBroker> StartAsync(CancellationToken cancellationToken)
    {
        // Until the embedded broker lands every run uses the reference broker.
        var reference = await MosquittoBroker.StartAsync(cancellationToken: cancellationToken);
        return new InteropBroker(reference, reference.Port);
    }

    /// <summary>The broker's log, for assertion messages.</summary>
    public string Log => _reference?.Log ?? string.Empty;

    public override string ToString() => $"{(IsReference ? "mosquitto" : "AiotHub broker")} on {Host}:{Port}";

    public async ValueTask DisposeAsync()
    {
        if (_reference is not null)
        {
            await _reference.DisposeAsync();
        }
    }
}

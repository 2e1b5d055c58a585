using System.Globalization;
using System.Net;
using System.Net.Sockets;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Transport;
using Microsoft.AspNetCore.Connections;

namespace AiotHub.Gateway;

/// <summary>
/// A listener that could not be opened, in words, and the setting that moves it: Kestrel's
/// <see cref="AddressInUseException"/> is <c>Urls</c>; the broker's <see cref="MqttListenerException"/>
/// (or a bare <see cref="SocketException"/> AddressAlreadyInUse from a broker that does not name its
/// endpoint) is <c>Mqtt:Port</c> or <c>Mqtt:TlsPort</c>.
/// </summary>
internal sealed record PortConflict(string Problem, string Setting)
{
    /// <param name="mqttAddress">Mqtt:Address (null: every IPv4 interface).</param>
    /// <param name="broker">The broker's bound settings (Mqtt:Port, Mqtt:TlsPort).</param>
    public static PortConflict? Find(Exception exception, string? mqttAddress, MqttBrokerOptions broker)
    {
        var chain = Chain(exception).ToList();
        if (chain.OfType<AddressInUseException>().Any())
        {
            // Kestrel: "Failed to bind to address http://127.0.0.1:8080: address already in use."
            var message = chain.OfType<IOException>().FirstOrDefault()?.Message ?? "";
            var address = message.Split(' ').FirstOrDefault(w => w.Contains("://", StringComparison.Ordinal))?.TrimEnd(':', '.');
            return new PortConflict($"HTTP address {address ?? "(Urls)"} is already in use.", "Urls");
        }

        // The broker names the listener and says why ("MQTT port 1883 on 0.0.0.0 is already in use.").
        if (chain.OfType<MqttListenerException>().FirstOrDefault() is { } listener)
            return new PortConflict(listener.Message, listener.IsTls ? "Mqtt:TlsPort" : "Mqtt:Port");

        if (!chain.OfType<SocketException>().Any(s => s.SocketErrorCode == SocketError.AddressAlreadyInUse))
            return null;
        // A bare SocketException does not say which listener: with both configured, the plain port is
        // probed (the broker has closed what it bound).
        var tls = broker.TlsPort is not null && (broker.Port is not { } plainPort || !IsTaken(mqttAddress, plainPort));
        var port = tls ? broker.TlsPort : broker.Port;
        return new PortConflict(string.Create(CultureInfo.InvariantCulture, $"MQTT {(tls ? "TLS " : "")}port {port} on {mqttAddress ?? IPAddress.Any.ToString()} is already in use."),
            tls ? "Mqtt:TlsPort" : "Mqtt:Port");
    }

    private static bool IsTaken(string? address, int port)
    {
        if (port == 0)
            return false;
        var listener = new TcpListener(address is null ? IPAddress.Any : IPAddress.Parse(address), port);
        try
        {
            listener.Start();
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var stack = new Stack<Exception>([exception]);
        while (stack.TryPop(out var current))
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                    stack.Push(inner);
            }
            else if (current.InnerException is { } inner)
            {
                stack.Push(inner);
            }
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using AiotHub.Gateway.Mqtt;
using Microsoft.AspNetCore.Connections;

namespace AiotHub.Gateway;

/// <summary>
/// A listener that could not bind because its port is taken, and the setting that moves it:
/// Kestrel's <see cref="AddressInUseException"/> is <c>Urls</c>; a <see cref="SocketException"/>
/// (AddressAlreadyInUse) from the embedded broker is <c>Mqtt:Port</c> or <c>Mqtt:TlsPort</c>.
/// </summary>
internal sealed record PortConflict(string What, string Endpoint, string Setting)
{
    public static PortConflict? Find(Exception exception, MqttOptions mqtt)
    {
        var chain = Chain(exception).ToList();
        if (chain.OfType<AddressInUseException>().Any())
        {
            // Kestrel: "Failed to bind to address http://127.0.0.1:8080: address already in use."
            var message = chain.OfType<IOException>().FirstOrDefault()?.Message ?? "";
            var address = message.Split(' ').FirstOrDefault(w => w.Contains("://", StringComparison.Ordinal))?.TrimEnd(':', '.');
            return new PortConflict("HTTP address", address ?? "(Urls)", "Urls");
        }

        if (!chain.OfType<SocketException>().Any(s => s.SocketErrorCode == SocketError.AddressAlreadyInUse))
            return null;
        var host = mqtt.Address ?? IPAddress.Any.ToString();
        var setting = WhichMqttPort(chain, mqtt);
        var port = setting == "Mqtt:TlsPort" ? mqtt.TlsPort!.Value : mqtt.Port;
        return new PortConflict("MQTT address", FormatEndpoint(host, port), setting);
    }

    // The broker names the endpoint in its message when it can; a bare SocketException does not, and
    // with both listeners configured the plain port is probed (the broker has closed what it bound).
    private static string WhichMqttPort(List<Exception> chain, MqttOptions mqtt)
    {
        if (mqtt.TlsPort is not { } tlsPort)
            return "Mqtt:Port";
        bool Names(int port) => chain.Any(e => e.Message.Contains(":" + port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        if (Names(tlsPort) && !Names(mqtt.Port))
            return "Mqtt:TlsPort";
        if (Names(mqtt.Port))
            return "Mqtt:Port";
        return IsTaken(mqtt.Address, mqtt.Port) ? "Mqtt:Port" : "Mqtt:TlsPort";
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

    private static string FormatEndpoint(string host, int port) =>
        (host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host) + ":" + port.ToString(CultureInfo.InvariantCulture);

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

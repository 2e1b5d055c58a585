using System.Net;
using System.Net.Sockets;

namespace AiotHub.Mqtt.Transport;

/// <summary>
/// A listener could not be opened: the message names the address and port and says why in words a user acts on
/// ("MQTT port 1883 on 0.0.0.0 is already in use."); the <see cref="SocketException"/> is the inner exception.
/// </summary>
public sealed class MqttListenerException : IOException
{
    public MqttListenerException(IPEndPoint endPoint, bool isTls, SocketException inner)
        : base(Describe(endPoint, isTls, inner), inner)
    {
        EndPoint = endPoint;
        IsTls = isTls;
        SocketErrorCode = inner.SocketErrorCode;
    }

    /// <summary>The address and port asked for.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>True for the TLS listener.</summary>
    public bool IsTls { get; }

    public SocketError SocketErrorCode { get; }

    private static string Describe(IPEndPoint endPoint, bool isTls, SocketException inner)
    {
        var port = $"MQTT {(isTls ? "TLS " : "")}port {endPoint.Port} on {endPoint.Address}";
        return inner.SocketErrorCode switch
        {
            SocketError.AddressAlreadyInUse => $"{port} is already in use.",
            SocketError.AccessDenied => $"{port} may not be opened by this user (permission denied).",
            SocketError.AddressNotAvailable => $"{port} cannot be opened: {endPoint.Address} is not an address of this machine.",
            _ => $"{port} cannot be opened: {inner.Message}",
        };
    }
}

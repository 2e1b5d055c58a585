using System.Net;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices.Credentials;
using AiotHub.Gateway.Pairing;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// The embedded broker's Authenticate callback: who a CONNECT is (docs/security.md "MQTT: who may connect").
/// In order: the hub's own link (reserved user name or client id), a pairing device (<c>$pair</c> and a
/// one-time code), a client certificate from the hub's CA on the TLS listener, a configured user
/// (Mqtt:Users), a device with its own secret, and an anonymous client (loopback only unless
/// Mqtt:AllowAnonymous says otherwise). Every identity must use itself as client id (0x85), and its will
/// must be on a topic it may publish (0x87). Runs on the connection's read loop: lookups only, no I/O.
/// </summary>
internal sealed class MqttConnectAuthenticator(
    MqttAnonymousAccess anonymous,
    MqttUserAuthenticator users,
    MqttTopicAuthorizer topics,
    HubClientCredentials? hubLink = null,
    DeviceCredentials? devices = null,
    PairingCodes? pairing = null,
    PairingAttemptLimiter? pairingAttempts = null,
    HubCertificateAuthority? authority = null)
{
    public MqttReasonCode Authenticate(MqttConnectContext connect)
    {
        var userName = connect.UserName;
        var clientId = connect.ClientId;
        if (userName == HubClientCredentials.ReservedUserName || clientId == HubClientCredentials.ReservedClientId)
        {
            return hubLink is not null && hubLink.Matches(userName, connect.Password) && clientId == HubClientCredentials.ReservedClientId
                ? MqttReasonCode.Success
                : MqttReasonCode.NotAuthorized;
        }

        if (userName == MqttIdentity.PairingUserName)
            return AuthenticatePairing(connect);
        if (clientId.StartsWith('$'))
            return MqttReasonCode.ClientIdentifierNotValid; // '$' is the hub's: $pair, never a device
        if (userName is not null && userName.StartsWith('$'))
            return MqttReasonCode.BadUserNameOrPassword;

        if (userName is null && connect.IsTls && connect.ClientCertificate is { } certificate && authority is not null &&
            authority.TryReadClientCertificate(certificate, out var subject, out var thumbprint))
        {
            // A certificate from the hub's CA is its identity; one from elsewhere is not ours to judge (below).
            if (subject != clientId)
                return MqttReasonCode.ClientIdentifierNotValid;
            if (devices is null || !devices.AcceptsCertificate(subject, thumbprint))
                return MqttReasonCode.NotAuthorized;
            return Admit(connect, subject);
        }

        if (userName is not null)
        {
            var password = connect.Password ?? [];
            string identity;
            if (users.Contains(userName))
            {
                if (!users.IsAuthorized(userName, password))
                    return MqttReasonCode.BadUserNameOrPassword;
                identity = userName;
            }
            else if (devices?.Verify(userName, password) is { } deviceId)
            {
                identity = deviceId;
            }
            else
            {
                return MqttReasonCode.BadUserNameOrPassword;
            }

            return clientId == identity ? Admit(connect, identity) : MqttReasonCode.ClientIdentifierNotValid;
        }

        var allowed = anonymous switch
        {
            MqttAnonymousAccess.Everyone => true,
            MqttAnonymousAccess.Loopback => connect.IsLoopback,
            _ => false,
        };

        // An anonymous client is the device its client id names: never one that has credentials of its own.
        if (!allowed || users.Contains(clientId) || devices?.IsClaimed(clientId) == true)
            return MqttReasonCode.NotAuthorized;
        return WillAllowed(connect) ? MqttReasonCode.Success : MqttReasonCode.NotAuthorized;
    }

    private MqttReasonCode Admit(MqttConnectContext connect, string identity)
    {
        if (!WillAllowed(connect))
            return MqttReasonCode.NotAuthorized;
        devices?.RecordConnect(identity, AddressOf(connect));
        return MqttReasonCode.Success;
    }

    private MqttReasonCode AuthenticatePairing(MqttConnectContext connect)
    {
        if (pairing is null || pairingAttempts is null)
            return MqttReasonCode.NotAuthorized;
        if (!DeviceIds.IsValid(connect.ClientId))
            return MqttReasonCode.ClientIdentifierNotValid;
        var address = connect.RemoteEndPoint is IPEndPoint endPoint ? endPoint.Address : IPAddress.None;
        if (pairingAttempts.IsBlocked(address))
            return MqttReasonCode.Banned;
        if (!pairing.Present(connect.Password, connect.ClientId))
        {
            pairingAttempts.Fail(address);
            return MqttReasonCode.BadUserNameOrPassword;
        }

        // A pairing client has no will: it may publish nothing but its request.
        return connect.WillTopic is null ? MqttReasonCode.Success : MqttReasonCode.NotAuthorized;
    }

    private bool WillAllowed(MqttConnectContext connect) =>
        connect.WillTopic is not { } will || topics.CanPublish(connect.UserName, connect.ClientId, will);

    private static string? AddressOf(MqttConnectContext connect) =>
        connect.RemoteEndPoint is IPEndPoint endPoint
            ? (endPoint.Address.IsIPv4MappedToIPv6 ? endPoint.Address.MapToIPv4() : endPoint.Address).ToString()
            : null;
}

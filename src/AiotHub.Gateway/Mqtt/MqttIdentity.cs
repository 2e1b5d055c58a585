namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// Who a client is, derived from the (user name, client id) the broker hands its authorization callbacks.
/// That is enough because authentication (<see cref="MqttConnectAuthenticator"/>) lets a client in only with
/// client id = identity, and only the hub link with the reserved user name or client id, and only a pairing
/// client with the user name <see cref="PairingUserName"/>. A session restored from the broker's store has no
/// user name until its client reconnects: the hub link is then known by its reserved client id, and a restored
/// pairing session counts as the device it asked to be (which can only narrow what it receives).
/// </summary>
internal readonly record struct MqttIdentity(MqttIdentityKind Kind, string Id)
{
    /// <summary>The user name a device pairs with; '$' keeps it out of device ids and configured users.</summary>
    public const string PairingUserName = "$pair";

    public static MqttIdentity Of(string? userName, string clientId)
    {
        if (userName == HubClientCredentials.ReservedUserName || (userName is null && clientId == HubClientCredentials.ReservedClientId))
            return new MqttIdentity(MqttIdentityKind.HubLink, clientId);
        return userName == PairingUserName
            ? new MqttIdentity(MqttIdentityKind.Pairing, clientId)
            : new MqttIdentity(MqttIdentityKind.Device, clientId);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// The identity the hub's own MQTT client (the device bridge) uses with the embedded broker: a
/// reserved client id and user name and a password drawn at random for each process, so no
/// configuration can know it. The broker lets this user past Mqtt:Users and Mqtt:Acl (which are
/// written for devices), and refuses anyone else claiming the user name or the client id.
/// </summary>
internal sealed class HubClientCredentials
{
    public const string ReservedUserName = "$aiothub";
    public const string ReservedClientId = "aiothub-device-bridge";

    private readonly byte[] _password = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));

    public string Password => Encoding.ASCII.GetString(_password);

    public bool Matches(string? userName, ReadOnlySpan<byte> password) =>
        userName == ReservedUserName && CryptographicOperations.FixedTimeEquals(password, _password);
}

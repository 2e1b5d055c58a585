using System.Security.Cryptography;
using System.Text;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// The configured user list (Mqtt:Users): each user is a device identity of its own name. Passwords are
/// compared as SHA-256 digests with <see cref="CryptographicOperations.FixedTimeEquals"/>, so neither the
/// content nor the length of a stored password shows in the time a rejection takes.
/// </summary>
internal sealed class MqttUserAuthenticator
{
    private static readonly byte[] s_unknownUserDigest = SHA256.HashData("\0unknown user\0"u8);
    private readonly Dictionary<string, byte[]> _passwordDigests;

    public MqttUserAuthenticator(MqttOptions options) =>
        _passwordDigests = options.Users.ToDictionary(
            u => u.Key, u => SHA256.HashData(Encoding.UTF8.GetBytes(u.Value)), StringComparer.Ordinal);

    public bool Contains(string userName) => _passwordDigests.ContainsKey(userName);

    public bool IsAuthorized(string? userName, ReadOnlySpan<byte> password)
    {
        if (string.IsNullOrEmpty(userName))
        {
            return false;
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(password, digest);

        // An unknown user is compared against a dummy digest so it costs the same as a wrong password.
        var expected = _passwordDigests.TryGetValue(userName, out var stored) ? stored : s_unknownUserDigest;
        return CryptographicOperations.FixedTimeEquals(digest, expected) && stored is not null;
    }
}

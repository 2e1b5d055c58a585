namespace AiotHub.Core.Devices;

/// <summary>
/// docs/mqtt-protocol.md "Topics": a device id is 1–64 of A–Z a–z 0–9 - _, so it is one topic level and a client id;
/// <see cref="Reserved"/> is not one (it names the pending list in the API's device paths).
/// </summary>
public static class DeviceIds
{
    public const int MaxLength = 64;

    /// <summary>GET /api/v1/homes/{home}/devices/pending is the pending list, so no device may be called that.</summary>
    public const string Reserved = "pending";

    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id.Length > MaxLength || id.Equals(Reserved, StringComparison.OrdinalIgnoreCase))
            return false;
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                return false;
        }

        return true;
    }
}

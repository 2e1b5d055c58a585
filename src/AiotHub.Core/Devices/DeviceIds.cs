namespace AiotHub.Core.Devices;

/// <summary>docs/mqtt-protocol.md "Topics": a device id is 1–64 of A–Z a–z 0–9 - _, so it is one topic level and a client id.</summary>
public static class DeviceIds
{
    public const int MaxLength = 64;

    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id.Length > MaxLength)
            return false;
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                return false;
        }

        return true;
    }
}

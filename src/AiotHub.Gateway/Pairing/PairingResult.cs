namespace AiotHub.Gateway.Pairing;

/// <summary>The codes of a pairing response (docs/mqtt-protocol.md "Pairing").</summary>
internal static class PairingResult
{
    public const int Paired = 0;
    public const int InvalidRequest = -4201;
    public const int CodeNotOpen = -4202;
    public const int DeviceIdTaken = -4203;
    public const int InvalidCertificateRequest = -4204;
}

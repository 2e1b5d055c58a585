namespace AiotHub.Simulators.Devices;

/// <summary>The reply codes of docs/mqtt-protocol.md § reply.</summary>
public static class DeviceReplyCode
{
    public const int Applied = 0;
    public const int Unknown = -4001;
    public const int InvalidValue = -4002;
    public const int NotWritable = -4003;
    public const int Busy = -4004;
    public const int ActionFailed = -4005;
    public const int Internal = -5000;
}

namespace AiotHub.Gateway.Devices;

/// <summary>The "devices" part of /healthz: is the bridge connected, how many devices, and how much bad input.</summary>
public sealed record DevicesStatus(bool BridgeConnected, int Known, int Online, int Pending, int PendingCommands, long MessagesIn, long MalformedMessages);

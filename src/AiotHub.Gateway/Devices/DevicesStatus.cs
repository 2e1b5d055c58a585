namespace AiotHub.Gateway.Devices;

/// <summary>
/// The "devices" part of /healthz: is the bridge connected, how many devices, how much bad input, and how many
/// announces were dropped because the pending lists were full (Devices:MaxPendingDevices), how many reported values were
/// dropped as redeliveries (docs/gateway.md "Acknowledged means durable"); the commands waiting for the link to send
/// them now and those refused because that queue was full (Devices:MaxQueuedCommands).
/// </summary>
public sealed record DevicesStatus(
    bool BridgeConnected, int Known, int Online, int Pending, int PendingCommands, long MessagesIn, long MalformedMessages, long RefusedAnnouncements = 0,
    long DuplicateReports = 0, int QueuedCommands = 0, long RefusedCommands = 0);

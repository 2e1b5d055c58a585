namespace AiotHub.Core.Devices;

/// <summary>docs/mqtt-protocol.md "A lifecycle for every command".</summary>
public enum CommandStatus
{
    Pending,

    /// <summary>The device replied code 0.</summary>
    Applied,

    /// <summary>The device replied with a non-zero code (kept with its message).</summary>
    Rejected,

    /// <summary>No reply within the command timeout.</summary>
    TimedOut,

    /// <summary>The device was offline when the command was due, or went offline while it was pending.</summary>
    Offline,
}

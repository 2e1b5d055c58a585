namespace AiotHub.Core.Devices;

public enum CommandKind
{
    /// <summary>Set one or more properties (topic "set").</summary>
    Set,

    /// <summary>Call one action (topic "call").</summary>
    Call,

    /// <summary>Ask for current values (topic "get"); they arrive on "properties", then the reply.</summary>
    Get,
}

namespace AiotHub.Core.Profiles;

/// <summary>What may be done with a property (MIoT-Spec-V2 "access": read, write, notify).</summary>
[Flags]
public enum PropertyAccess
{
    None = 0,

    /// <summary>The hub may ask the device for the current value.</summary>
    Read = 1,

    /// <summary>The hub may set the value; commands are validated before they are sent.</summary>
    Write = 2,

    /// <summary>The device reports changes on its own.</summary>
    Notify = 4,
}

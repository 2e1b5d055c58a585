namespace AiotHub.Core.Profiles;

/// <summary>The value type of a property or argument; the wire names are MIoT-Spec-V2's.</summary>
public enum PropertyFormat
{
    Bool,
    Int8,
    Uint8,
    Int16,
    Uint16,
    Int32,
    Uint32,
    Float,
    String,
}

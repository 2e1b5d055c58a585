namespace AiotHub.Core.Devices;

/// <summary>Why a home uses the version of a model it uses.</summary>
public enum ProfileAcceptanceReason
{
    /// <summary>The first version of the model the home could see, taken when a device of it first needed one.</summary>
    FirstUse,

    /// <summary>The home's owner accepted it.</summary>
    Owner,

    /// <summary>The home updates automatically and the version passed the compatibility check.</summary>
    Automatic,
}

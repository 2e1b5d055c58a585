namespace AiotHub.Core.Profiles;

/// <summary>
/// Bounds that keep hostile documents cheap to reject. Each is far above what a real device needs
/// (the largest shipped profile is under 16 KiB and nests 9 levels).
/// </summary>
public static class ProfileLimits
{
    /// <summary>Checked before parsing, so a 10 MB upload costs a length comparison.</summary>
    public const int MaxDocumentBytes = 1024 * 1024;

    public const int MaxDepth = 16;

    public const int MaxServices = 64;

    /// <summary>Per service and per kind (properties, actions, events).</summary>
    public const int MaxMembersPerService = 256;

    public const int MaxArguments = 32;

    public const int MaxValueListItems = 256;

    public const int MinIid = 1;

    /// <summary>iids fit in 16 bits so compact topics and payloads stay small.</summary>
    public const int MaxIid = 65535;

    public const int MaxNameLength = 64;

    public const int MaxDescriptionLength = 512;

    /// <summary>A model's display name in one language (<c>names</c>): as long as a device's name may be.</summary>
    public const int MaxDisplayNameLength = 64;

    /// <summary>Languages in one <c>names</c> or <c>descriptions</c> object.</summary>
    public const int MaxTextLanguages = 16;

    public const int MaxStringMaxLength = 65535;

    /// <summary>The max-length of a string value that declares none.</summary>
    public const int DefaultStringMaxLength = 1024;

    /// <summary>After this many problems the rest are summarised in one final error.</summary>
    public const int MaxErrors = 100;
}

using System.Reflection;

namespace AiotHub.Core.Persistence.Backup;

/// <summary>
/// The hub's version as a backup records it: major.minor.patch of the build (without the commit after '+'). The hub
/// and the <c>aiothub</c> tool ship the same AiotHub.Core, so they agree on it.
/// </summary>
public static class HubVersion
{
    public static string Current { get; } = Read();

    /// <summary>Whether <paramref name="version"/> names a version newer than <paramref name="than"/>; an unreadable one counts as newer.</summary>
    public static bool IsNewer(string version, string than) =>
        !TryParse(version, out var a) || (TryParse(than, out var b) && a > b);

    private static bool TryParse(string? text, out Version version)
    {
        version = new Version();
        var core = text?.Split('+', '-')[0];
        return core is { Length: > 0 and <= 64 } && Version.TryParse(core, out version!);
    }

    private static string Read()
    {
        var informational = typeof(HubVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] is { Length: > 0 } version ? version : "0.0.0";
    }
}

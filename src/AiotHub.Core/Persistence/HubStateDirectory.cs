namespace AiotHub.Core.Persistence;

/// <summary>
/// Where the hub keeps what it learns when its settings give relative data paths (docs/gateway.md "Where the hub
/// looks"): <c>$STATE_DIRECTORY</c> when systemd sets it (the first, if it lists several), else the user's data
/// folder (~/.local/share/aiothub, %LOCALAPPDATA%\aiothub). The hub and the <c>aiothub</c> tool share this rule, so
/// <c>aiothub restore</c> puts a backup where the hub will look for it.
/// </summary>
public static class HubStateDirectory
{
    /// <summary>The data directory below the state directory when Devices:DataDirectory is left at its default.</summary>
    public const string DefaultDataDirectoryName = "data";

    public static string Resolve()
    {
        if (Environment.GetEnvironmentVariable("STATE_DIRECTORY") is { Length: > 0 } systemd)
            return Path.GetFullPath(systemd.Split(':')[0]);
        var userData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(userData)
            ? Path.GetFullPath("aiothub-data") // no home directory at all: the working directory is all there is
            : Path.Combine(userData, "aiothub");
    }

    /// <summary>The default data directory: hub.db, telemetry.db, profiles/, ca/ and broker/ are below it.</summary>
    public static string DefaultDataDirectory() => Path.Combine(Resolve(), DefaultDataDirectoryName);
}

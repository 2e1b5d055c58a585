using AiotHub.Core.Persistence;
using AiotHub.Gateway.Devices;
using AiotHub.Gateway.Mqtt;

namespace AiotHub.Gateway;

/// <summary>
/// Where the hub finds what it ships with, and where it keeps what it learns (docs/gateway.md "Directories").
/// <para>Content — appsettings.json, wwwroot, device-profiles, the demo home — is read from the install
/// directory (the directory of AiotHub.Gateway.dll) wherever the hub is started, unless a content root
/// is given explicitly (<c>--contentRoot</c>, <c>DOTNET_CONTENTROOT</c>, <c>ASPNETCORE_CONTENTROOT</c>).</para>
/// <para>Data — hub.db, the broker's store, telemetry — given as a relative path (the defaults
/// <c>data</c> and <c>data/broker</c>) lives below the state directory: <c>$STATE_DIRECTORY</c> when systemd
/// sets it (<c>StateDirectory=aiothub</c> → /var/lib/aiothub), else the user's data folder
/// (~/.local/share/aiothub, %LOCALAPPDATA%\aiothub). Never below the install directory, which an
/// upgrade replaces, and never below the working directory, which changes with whoever starts the hub.</para>
/// </summary>
internal static class HubDirectories
{
    private const string ContentRootKey = "contentRoot";

    /// <summary>The content root: an explicit one from the command line or the environment, else the install directory.</summary>
    public static string ContentRoot(string[] args)
    {
        var explicitRoot = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[ContentRootKey];
        return string.IsNullOrWhiteSpace(explicitRoot) ? AppContext.BaseDirectory : Path.GetFullPath(explicitRoot);
    }

    /// <summary>The directory relative data paths are resolved against.</summary>
    public static string StateDirectory() => HubStateDirectory.Resolve();

    /// <summary>
    /// Makes Devices:DataDirectory and Mqtt:Persistence:DataDirectory absolute (relative ones below
    /// <see cref="StateDirectory"/>), so every module that joins a file name to them agrees, and
    /// warns at start when data of an earlier version sits where it used to be kept.
    /// </summary>
    public static IHostApplicationBuilder AddHubDirectories(this IHostApplicationBuilder builder)
    {
        var state = StateDirectory();
        builder.Services.PostConfigure<DevicesOptions>(o => o.DataDirectory = Resolve(o.DataDirectory, state));
        builder.Services.PostConfigure<MqttOptions>(o => o.Persistence.DataDirectory = Resolve(o.Persistence.DataDirectory, state));
        builder.Services.AddHostedService<LegacyDataNotice>();
        return builder;
    }

    // A blank value stays blank, for the options validation to name it.
    private static string Resolve(string path, string state) =>
        string.IsNullOrWhiteSpace(path) || Path.IsPathRooted(path) ? path : Path.GetFullPath(path, state);
}

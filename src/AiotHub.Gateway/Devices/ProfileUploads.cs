using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// Profiles uploaded through the API, kept as their original documents in
/// <c>{Devices:DataDirectory}/profiles/</c> (one file per model version) and loaded into the catalog
/// with the shipped ones at start (<see cref="LoadInto"/>), before the registry restores its devices,
/// so an onboarded model survives a restart like the shipped ones and its devices are not pending in between.
/// </summary>
internal sealed partial class ProfileUploads(IOptions<DevicesOptions> options, IHostEnvironment environment)
{
    public string Directory { get; } = DirectoryFor(options.Value, environment.ContentRootPath);

    public static string DirectoryFor(DevicesOptions options, string contentRoot) =>
        Path.Combine(Path.GetFullPath(options.DataDirectory, contentRoot), "profiles");

    /// <summary>Adds every uploaded profile version found in <paramref name="directory"/> to <paramref name="catalog"/>.</summary>
    public static void LoadInto(ProfileCatalog catalog, string directory, ILogger logger)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return;
        }

        var uploaded = ProfileCatalog.LoadDirectory(directory, out var problems);
        foreach (var problem in problems)
        {
            LogProblem(logger, problem);
        }

        foreach (var model in uploaded.Latest())
        {
            foreach (var version in uploaded.Versions(model.Model))
            {
                catalog.Add(version);
            }
        }
    }

    /// <summary>Writes the document durably (temporary file, fsync, rename) before the profile is used.</summary>
    public async Task SaveAsync(DeviceProfile profile, byte[] document, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{profile.Model}.v{profile.Version}.json");
        var temporary = path + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await file.WriteAsync(document, cancellationToken);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An uploaded profile was skipped: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}

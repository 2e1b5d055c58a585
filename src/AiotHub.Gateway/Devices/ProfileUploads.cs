using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// Profiles uploaded through the API, kept as their original documents in
/// <c>{Devices:DataDirectory}/profiles/</c> (one file per model version) and added to the registry
/// again at start, so an onboarded model survives a restart like the shipped ones.
/// </summary>
internal sealed partial class ProfileUploads(IOptions<DevicesOptions> options, IHostEnvironment environment, DeviceRegistry registry,
    ILogger<ProfileUploads> logger) : IHostedService
{
    public string Directory { get; } = Path.Combine(Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath), "profiles");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return Task.CompletedTask;
        }

        var catalog = ProfileCatalog.LoadDirectory(Directory, out var problems);
        foreach (var problem in problems)
        {
            LogProblem(logger, problem);
        }

        foreach (var model in catalog.Latest())
        {
            foreach (var version in catalog.Versions(model.Model))
            {
                registry.AddProfile(version);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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

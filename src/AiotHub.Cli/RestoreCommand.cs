using System.CommandLine;
using System.Globalization;
using AiotHub.Core.Persistence;
using AiotHub.Core.Persistence.Backup;

namespace AiotHub.Cli;

/// <summary>
/// `aiothub restore FILE [--data-dir DIR] [--force]`: checks a backup archive (POST /api/v1/backup) against its
/// manifest and puts it back into the hub's data directory (docs/api.md "Backup", docs/security.md "Backups").
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The archive POST /api/v1/backup returned (.tar.gz)" };
        var dataDirectory = new Option<DirectoryInfo?>("--data-dir")
        {
            Description = "The hub's data directory (Devices:DataDirectory); by default where the hub keeps it: $STATE_DIRECTORY/data, else ~/.local/share/aiothub/data",
        };
        var force = new Option<bool>("--force") { Description = "Replace the hub's files in a data directory that is not empty" };
        var restore = new Command("restore", "Check a backup archive and put it back into a hub's data directory (the hub must be stopped)") { file, dataDirectory, force };
        restore.SetAction(parse =>
        {
            var archive = parse.GetValue(file)!;
            var directory = parse.GetValue(dataDirectory)?.FullName ?? HubStateDirectory.DefaultDataDirectory();
            try
            {
                var result = BackupRestore.Restore(archive.FullName, directory, parse.GetValue(force));
                var manifest = result.Manifest;
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Restored the backup of {manifest.Created:u} (hub {manifest.HubVersion}) into {directory}: {manifest.Entries.Count} files, {result.Bytes} bytes, every SHA-256 checked."));
                foreach (var entry in manifest.Entries.Where(e => e.Kind != BackupEntryKind.Profile))
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {entry.Path} ({entry.Bytes} bytes)"));
                var profiles = manifest.Entries.Count(e => e.Kind == BackupEntryKind.Profile);
                if (profiles > 0)
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {BackupLayout.ProfilesDirectory}/ ({profiles} uploaded profiles)"));
                if (manifest.Entries.Any(e => e.Kind == BackupEntryKind.BrokerSnapshot))
                    stdout.WriteLine($"The broker's state is in {Path.Combine(directory, BackupLayout.BrokerDirectory)}: start the hub with Mqtt:Persistence:DataDirectory there (the default when Devices:DataDirectory is).");
                return AiothubCommand.Ok;
            }
            catch (BackupRestoreException e)
            {
                stderr.WriteLine($"Not restored: {e.Message}. Nothing was changed.");
                return AiothubCommand.Invalid;
            }
        });
        return restore;
    }
}

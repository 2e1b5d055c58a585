using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Fleet;

/// <summary>Loads profiles from files and directories (their *.json files) with the hub's validator; every problem is reported.</summary>
public static class ProfileLoader
{
    public static (IReadOnlyList<DeviceProfile> Profiles, IReadOnlyList<string> Errors) Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var profiles = new List<DeviceProfile>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            string[] files;
            if (Directory.Exists(path))
            {
                files = [.. Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal)];
                if (files.Length == 0)
                    errors.Add($"{path}: no *.json profiles in this directory");
            }
            else
            {
                files = [path];
            }

            foreach (var file in files)
            {
                var result = DeviceProfileParser.ParseFile(file);
                if (result.IsValid)
                    profiles.Add(result.Profile);
                else
                    errors.AddRange(result.Errors.Select(e => $"{file}: {e.Path}: {e.Message}"));
            }
        }

        // The newest version of a model wins, as on the hub.
        var newest = profiles.GroupBy(p => p.Model, StringComparer.Ordinal).Select(g => g.MaxBy(p => p.Version)!).ToList();
        return (newest, errors);
    }
}

namespace AiotHub.Core.Tests.Profiles;

/// <summary>Finds the checked-in device-profiles/ folder from the test's output directory.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiotHub.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("AiotHub.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Docs => Path.Combine(RootPath.Value, "docs");

    public static string DeviceProfiles => Path.Combine(RootPath.Value, "device-profiles");

    public static string Schema => Path.Combine(DeviceProfiles, "schema", "device-profile.schema.json");

    public static IReadOnlyList<string> ProfileFiles =>
        Directory.GetFiles(DeviceProfiles, "*.json").Order(StringComparer.Ordinal).ToArray();
}

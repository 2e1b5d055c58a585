using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Tests;

/// <summary>The shipped profiles in device-profiles/, found from the test's output directory.</summary>
internal static class TestProfiles
{
    private static readonly Lazy<string> Directory_ = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiotHub.sln")))
                return Path.Combine(dir.FullName, "device-profiles");
        }

        throw new InvalidOperationException("AiotHub.sln not found above the test directory.");
    });

    public static string Directory => Directory_.Value;

    public static string RepositoryRoot => Path.GetDirectoryName(Directory)!;

    public static DeviceProfile Load(string model)
    {
        var result = DeviceProfileParser.ParseFile(Path.Combine(Directory, model + ".json"));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Profile;
    }

    public static IReadOnlyList<DeviceProfile> All() =>
        System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal).Select(f => Load(Path.GetFileNameWithoutExtension(f))).ToList();
}

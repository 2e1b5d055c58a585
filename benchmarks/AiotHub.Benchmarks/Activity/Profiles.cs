namespace AiotHub.Benchmarks.Activity;

/// <summary>The repository's device-profiles directory, found above the benchmark's own directory.</summary>
internal static class Profiles
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "device-profiles");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("device-profiles not found above " + AppContext.BaseDirectory);
    }
}

namespace AiotHub.Mqtt.Tests.Persistence;

/// <summary>A fresh directory under the temp path, deleted with the test.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aiothub-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A copy of this directory's files in a new temporary directory.</summary>
    public TemporaryDirectory Copy()
    {
        var copy = new TemporaryDirectory();
        foreach (var file in Directory.EnumerateFiles(Path))
        {
            File.Copy(file, System.IO.Path.Combine(copy.Path, System.IO.Path.GetFileName(file)));
        }

        return copy;
    }

    public string FilePath(string name) => System.IO.Path.Combine(Path, name);

    public string[] FileNames() => Directory.EnumerateFiles(Path).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

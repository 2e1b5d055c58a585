namespace AiotHub.Gateway.Tests.Docker;

/// <summary>
/// The repository's .dockerignore, for the forms it uses: "name" or "name/" (a top-level entry) and "**/name/" (a
/// folder of that name at any depth). Reading refuses any other pattern, so a new form fails here before the
/// replay copies what Docker would not.
/// </summary>
internal sealed class DockerIgnore
{
    private readonly HashSet<string> _topLevel = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anyDepth = new(StringComparer.Ordinal);

    public static DockerIgnore Read(string root)
    {
        var ignore = new DockerIgnore();
        foreach (var raw in File.ReadAllLines(Path.Combine(root, ".dockerignore")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var anyDepth = line.StartsWith("**/", StringComparison.Ordinal);
            var name = (anyDepth ? line[3..] : line).TrimEnd('/');
            Assert.True(name.Length > 0 && name.IndexOfAny(['*', '?', '[', '!', '/']) < 0, $".dockerignore: the replay does not understand '{line}'");
            (anyDepth ? ignore._anyDepth : ignore._topLevel).Add(name);
        }

        return ignore;
    }

    /// <summary>Whether Docker leaves the path (relative to the build context, '/' separated) out of the context.</summary>
    public bool Excludes(string relativePath)
    {
        var segments = relativePath.Split('/');
        if (_topLevel.Contains(segments[0]))
            return true;
        // "**/bin/" names a folder: any segment but the last (the file's own name).
        return segments[..^1].Any(_anyDepth.Contains);
    }
}

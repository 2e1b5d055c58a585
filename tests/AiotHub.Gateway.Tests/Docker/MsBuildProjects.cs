using System.Xml.Linq;

namespace AiotHub.Gateway.Tests.Docker;

/// <summary>What MSBuild needs to restore a project: the project files it references, directly or not, and the
/// Directory.*.props/targets and global.json it imports from the folders above them (paths relative to the repository).</summary>
internal static class MsBuildProjects
{
    private static readonly string[] ImportedFiles = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.Config", "nuget.config"];

    /// <summary>The project and every project it references, transitively.</summary>
    public static IReadOnlySet<string> Closure(string root, string project)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Normalize(project)]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
                continue;
            var file = Path.Combine(root, next);
            Assert.True(File.Exists(file), $"{next} is referenced but does not exist");
            var directory = Path.GetDirectoryName(next)!;
            foreach (var reference in XDocument.Load(file).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', '/');
                pending.Push(Normalize(Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, directory, include)))));
            }
        }

        return found;
    }

    /// <summary>The files MSBuild and NuGet pick up from the project's folder and every folder above it up to the repository root.</summary>
    public static IEnumerable<string> ImportedFrom(string root, string project)
    {
        for (var directory = Path.GetDirectoryName(project); directory is not null; directory = directory.Length == 0 ? null : Path.GetDirectoryName(directory))
        {
            foreach (var name in ImportedFiles)
            {
                var relative = Normalize(Path.Combine(directory, name));
                if (File.Exists(Path.Combine(root, relative)))
                    yield return relative;
            }
        }
    }

    /// <summary>'/' separated, without a leading "./" or "/" (".editorconfig" keeps its dot).</summary>
    public static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
            path = path[2..];
        return path == "." ? "" : path.TrimStart('/');
    }
}

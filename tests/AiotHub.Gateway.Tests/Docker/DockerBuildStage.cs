using System.Diagnostics;

namespace AiotHub.Gateway.Tests.Docker;

/// <summary>
/// A Dockerfile build stage carried out in a temporary folder that stands for the container's file system: WORKDIR,
/// COPY from the build context (the repository, less .dockerignore) and RUN of plain `dotnet …` commands, absolute
/// paths moved below the folder. Before each RUN it records which files the stage holds, so a test can ask what the
/// restore layer had.
/// </summary>
internal sealed class DockerBuildStage
{
    private readonly string _root;
    private readonly DockerIgnore _ignore;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private string _workingDirectory = "/";

    public DockerBuildStage(string contextRoot, string fileSystemRoot)
    {
        ContextRoot = contextRoot;
        _root = fileSystemRoot;
        _ignore = DockerIgnore.Read(contextRoot);
    }

    public string ContextRoot { get; }

    /// <summary>The stage's files so far: container path → the build context's file it came from.</summary>
    public IReadOnlyDictionary<string, string> Files => _files;

    public string WorkingDirectory => _workingDirectory;

    /// <summary>Where a container path lies in the temporary folder.</summary>
    public string HostPath(string containerPath) => Path.Combine(_root, containerPath.TrimStart('/'));

    /// <summary>A path as the stage resolves it: absolute, or relative to WORKDIR.</summary>
    public string ContainerPath(string path) => path.StartsWith('/') ? path : (_workingDirectory.TrimEnd('/') + "/" + MsBuildProjects.Normalize(path));

    public void WorkDir(DockerInstruction instruction)
    {
        _workingDirectory = ContainerPath(instruction.Arguments);
        Directory.CreateDirectory(HostPath(_workingDirectory));
    }

    /// <summary>COPY src… dest: files as they are, a folder's contents into dest. Writes them when <paramref name="write"/>.</summary>
    public void Copy(DockerInstruction instruction, bool write)
    {
        var words = instruction.Words;
        Assert.False(instruction.Arguments.StartsWith('['), $"{instruction}: the JSON form is not replayed");
        Assert.DoesNotContain(words, w => w.StartsWith("--", StringComparison.Ordinal));
        Assert.True(words.Count >= 2, $"{instruction}: COPY needs a source and a destination");
        var destination = ContainerPath(words[^1]);
        var sources = words.Take(words.Count - 1).ToList();
        var intoDirectory = words[^1].EndsWith('/') || sources.Count > 1;
        foreach (var source in sources)
        {
            var relative = MsBuildProjects.Normalize(source).TrimEnd('/');
            var full = Path.Combine(ContextRoot, relative);
            if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
                {
                    var inside = Path.GetRelativePath(full, file).Replace('\\', '/');
                    if (!_ignore.Excludes(relative + "/" + inside))
                        Add(destination.TrimEnd('/') + "/" + inside, file, write);
                }
            }
            else
            {
                Assert.True(File.Exists(full), $"{instruction}: {source} is not in the build context");
                Assert.False(_ignore.Excludes(relative), $"{instruction}: {source} is excluded by .dockerignore");
                Add(intoDirectory ? destination.TrimEnd('/') + "/" + Path.GetFileName(relative) : destination, full, write);
            }
        }
    }

    /// <summary>RUN dotnet …: run in WORKDIR with absolute paths moved below the temporary folder; returns its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunDotnetAsync(DockerInstruction instruction, string dotnet, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var words = instruction.Words;
        Assert.True(words is ["dotnet", ..], $"{instruction}: only `dotnet …` runs in the build stage");
        Assert.DoesNotContain(words, w => w is "&&" or "||" or ";" or "|" or ">" or "<");
        var info = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = HostPath(_workingDirectory),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var word in words.Skip(1))
            info.ArgumentList.Add(word.StartsWith('/') ? HostPath(word) : word);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        // The tests run inside `dotnet test`: keep its MSBuild settings out of the replayed build.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "MSBUILD_EXE_PATH").ToList())
            info.Environment.Remove(key);
        // No MSBuild worker nodes left behind after the replay.
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{instruction} ran longer than {timeout}");
        }

        return (process.ExitCode, await output + await error);
    }

    private void Add(string containerPath, string source, bool write)
    {
        _files[containerPath] = source;
        if (!write)
            return;
        var target = HostPath(containerPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
    }
}

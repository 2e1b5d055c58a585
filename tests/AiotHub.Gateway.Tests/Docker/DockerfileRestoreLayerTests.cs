namespace AiotHub.Gateway.Tests.Docker;

/// <summary>
/// The Dockerfile's restore layer, checked without a Docker engine: every project a `dotnet restore` or
/// `dotnet publish` of the build stage needs (the published projects and everything they reference) and every
/// Directory.*.props above them is copied before the restore runs — the omission that made issue 15's
/// `docker compose up --build` fail with NETSDK1004 (no project.assets.json for AiotHub.Telemetry).
/// </summary>
public sealed class DockerfileRestoreLayerTests
{
    private static string Root => Dockerfile.RepositoryRoot;

    [Fact]
    public void EveryProjectThePublishedProjectsReferenceIsCopiedBeforeTheRestoreThatNeedsIt()
    {
        var (missing, restored, published) = ReadRestoreLayer(Dockerfile.DefaultPath);

        Assert.Empty(missing);
        // What the image is for: the hub, and the aiothub tool its HEALTHCHECK and setup use.
        Assert.Equal(["src/AiotHub.Gateway/AiotHub.Gateway.csproj", "src/AiotHub.Cli/AiotHub.Cli.csproj"], published);
        Assert.Contains("src/AiotHub.Telemetry/AiotHub.Telemetry.csproj", restored);
    }

    [Fact]
    public void ADockerfileWithoutTheTelemetryProjectLineIsReportedAsMissingIt()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("aiothub-dockerfile-").FullName, "Dockerfile");
        try
        {
            File.WriteAllLines(path, File.ReadAllLines(Dockerfile.DefaultPath).Where(l => !l.Contains("AiotHub.Telemetry.csproj", StringComparison.Ordinal)));

            var (missing, _, _) = ReadRestoreLayer(path);

            Assert.Contains(missing, m => m.StartsWith("src/AiotHub.Telemetry/AiotHub.Telemetry.csproj (needed by line ", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    /// <summary>Walks the build stage: what each restore needs but the stage does not hold, what was restored, what is published.</summary>
    private static (List<string> Missing, HashSet<string> Restored, List<string> Published) ReadRestoreLayer(string dockerfile)
    {
        var build = Dockerfile.Read(dockerfile).Stage("build");
        var stage = new DockerBuildStage(Root, Path.GetTempPath());
        var restored = new HashSet<string>(StringComparer.Ordinal);
        var published = new List<string>();
        var missing = new List<string>();
        foreach (var instruction in build.Skip(1))
        {
            switch (instruction.Keyword)
            {
                case "WORKDIR":
                    stage.WorkDir(instruction);
                    break;
                case "COPY":
                    stage.Copy(instruction, write: false);
                    break;
                case "RUN" when instruction.Words is ["dotnet", "restore", var project, ..]:
                    foreach (var needed in MsBuildProjects.Closure(Root, project).SelectMany(p => MsBuildProjects.ImportedFrom(Root, p).Prepend(p)))
                    {
                        restored.Add(needed);
                        if (!stage.Files.TryGetValue(stage.ContainerPath(needed), out var source) || Path.GetFullPath(source) != Path.Combine(Root, needed))
                            missing.Add($"{needed} (needed by {instruction})");
                    }

                    break;
                case "RUN" when instruction.Words is ["dotnet", "publish", var project, ..]:
                    Assert.Contains("--no-restore", instruction.Words);
                    published.Add(project);
                    missing.AddRange(MsBuildProjects.Closure(Root, project).Where(p => !restored.Contains(p)).Select(p => $"{p} (published by {instruction}, never restored)"));
                    break;
            }
        }

        return (missing, restored, published);
    }

    [Fact]
    public void TheRestoreLayerCopiesProjectFilesAndBuildSettingsOnlySoItIsReusedUntilADependencyChanges()
    {
        var build = Dockerfile.Read(Dockerfile.DefaultPath).Stage("build");
        var stage = new DockerBuildStage(Root, Path.GetTempPath());
        foreach (var instruction in build.Skip(1).TakeWhile(i => i.Words is not ["dotnet", "restore", ..]))
        {
            if (instruction.Keyword == "WORKDIR")
                stage.WorkDir(instruction);
            else if (instruction.Keyword == "COPY")
                stage.Copy(instruction, write: false);
        }

        Assert.NotEmpty(stage.Files);
        Assert.All(stage.Files.Keys, path => Assert.True(
            path.EndsWith(".csproj", StringComparison.Ordinal) || Path.GetFileName(path) is "global.json" or ".editorconfig" || Path.GetFileName(path).StartsWith("Directory.", StringComparison.Ordinal),
            $"{path} is copied before the restore: any change to it would restore again"));
    }
}

namespace AiotHub.Gateway.Tests.Docker;

/// <summary>
/// src/AiotHub.Gateway/Dockerfile read as Docker reads it: comments and blank lines dropped, lines ending in a
/// backslash joined, split into stages at FROM. Enough of the format for the tests that check and replay it.
/// </summary>
internal sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<IReadOnlyList<DockerInstruction>> stages) => Stages = stages;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DefaultPath => Path.Combine(RepositoryRoot, "src", "AiotHub.Gateway", "Dockerfile");

    /// <summary>Each stage's instructions, its FROM first.</summary>
    public IReadOnlyList<IReadOnlyList<DockerInstruction>> Stages { get; }

    public IReadOnlyList<DockerInstruction> Stage(string name) =>
        Stages.Single(s => s[0].Words is [_, "AS" or "as", var n] && n == name);

    public static Dockerfile Read(string path)
    {
        var stages = new List<List<DockerInstruction>>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var start = i + 1;
            while (line.EndsWith('\\') && i + 1 < lines.Length)
                line = line[..^1].TrimEnd() + " " + lines[++i].Trim();
            var space = line.IndexOfAny([' ', '\t']);
            var instruction = new DockerInstruction(line[..space].ToUpperInvariant(), line[(space + 1)..].Trim(), start);
            if (instruction.Keyword == "FROM")
                stages.Add([]);
            Assert.True(stages.Count > 0, $"{instruction} comes before the first FROM");
            stages[^1].Add(instruction);
        }

        return new Dockerfile(stages);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiotHub.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("AiotHub.sln not found above " + AppContext.BaseDirectory);
    }
}

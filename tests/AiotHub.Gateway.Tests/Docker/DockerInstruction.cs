namespace AiotHub.Gateway.Tests.Docker;

/// <summary>One Dockerfile instruction (continuation lines joined): its keyword in upper case, the rest as written, and its line.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Line)
{
    /// <summary>The arguments split at white space (the shell form; the tests refuse the JSON form where they read words).</summary>
    public IReadOnlyList<string> Words => Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"line {Line}: {Keyword} {Arguments}";
}

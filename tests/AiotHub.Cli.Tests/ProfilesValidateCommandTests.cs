using AiotHub.Cli;

namespace AiotHub.Cli.Tests;

/// <summary>`aiothub profiles validate` run in-process: its output lines and exit codes are the contract scripts rely on.</summary>
public sealed class ProfilesValidateCommandTests : IDisposable
{
    private const string Good = """
        { "model": "acme.plug.p1", "type": "outlet", "version": 1, "manufacturer": { "name": "Acme" },
          "services": [ { "iid": 1, "name": "switch", "properties": [ { "iid": 1, "name": "on", "format": "bool", "access": ["read", "write"] } ] } ] }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("aiothub-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ValidFilesPrintOkAndExitZero()
    {
        var a = Write("a.json", Good);
        var b = Write("b.json", Good.Replace("acme.plug.p1", "acme.plug.p2", StringComparison.Ordinal));

        var (code, stdout, stderr) = Run("profiles", "validate", a, b);

        Assert.Equal(0, code);
        Assert.Equal([$"{a}: ok", $"{b}: ok"], Lines(stdout));
        Assert.Empty(stderr);
    }

    [Fact]
    public void EachErrorIsPrintedAsFilePathMessageAndTheExitCodeIsOne()
    {
        var good = Write("good.json", Good);
        var bad = Write("bad.json", Good.Replace("\"bool\"", "\"boolean\"", StringComparison.Ordinal).Replace("\"version\": 1", "\"version\": \"1\"", StringComparison.Ordinal));

        var (code, stdout, _) = Run("profiles", "validate", good, bad);

        Assert.Equal(1, code);
        Assert.Equal(
            [
                $"{good}: ok",
                $"{bad}: $.version: expected an integer, got a string",
                $"{bad}: $.services[0].properties[0].format: unknown format 'boolean'; expected one of bool, int8, uint8, int16, uint16, int32, uint32, float, string",
            ],
            Lines(stdout));
    }

    [Fact]
    public void TranslatedNamesAreCheckedAndABadOneIsPrintedWithItsPath()
    {
        var good = Write("good.json", Good.Replace("\"version\": 1,", "\"version\": 1, \"names\": {\"en\": \"Smart plug\", \"zh-CN\": \"智能插座\"},", StringComparison.Ordinal));
        var bad = Write("bad.json", Good.Replace("\"name\": \"on\",", "\"name\": \"on\", \"descriptions\": {\"cn\": \"开关\", \"en\": \"On\\u0000\"},", StringComparison.Ordinal));

        var (code, stdout, _) = Run("profiles", "validate", good, bad);

        Assert.Equal(1, code);
        Assert.Equal(
            [
                $"{good}: ok",
                $"{bad}: $.services[0].properties[0].descriptions.cn: 'cn' starts with a country code, not a language; the language tag is zh",
                $"{bad}: $.services[0].properties[0].descriptions.en: contains a control character (U+0000); text people read must be visible text on one line",
            ],
            Lines(stdout));
    }

    [Fact]
    public void AMissingFileIsAnInvalidFileNotACrash()
    {
        var missing = Path.Combine(_dir, "missing.json");

        var (code, stdout, _) = Run("profiles", "validate", missing);

        Assert.Equal(1, code);
        Assert.Equal([$"{missing}: $: file not found"], Lines(stdout));
    }

    [Fact]
    public void ADirectoryStandsForItsJsonFilesInNameOrder()
    {
        Write("b.json", "{}");
        Write("a.json", Good);
        Write("notes.txt", "not a profile");

        var (code, stdout, _) = Run("profiles", "validate", _dir);

        Assert.Equal(1, code);
        var lines = Lines(stdout);
        Assert.Equal($"{Path.Combine(_dir, "a.json")}: ok", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.StartsWith($"{Path.Combine(_dir, "b.json")}: $.", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("notes.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryShippedProfileValidates()
    {
        var profiles = FindDeviceProfiles();

        var (code, stdout, _) = Run("profiles", "validate", profiles);

        Assert.Equal(0, code);
        var lines = Lines(stdout);
        Assert.True(lines.Length >= 12);
        Assert.All(lines, l => Assert.EndsWith(": ok", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("profiles")]
    [InlineData("profiles validate")]
    [InlineData("profiles check a.json")]
    [InlineData("profiles validate --strict a.json")]
    public void UsageErrorsGoToStandardErrorWithExitCodeTwo(string commandLine)
    {
        var (code, stdout, stderr) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("aiothub --help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpDescribesTheValidateCommand()
    {
        var (code, stdout, _) = Run("profiles", "validate", "--help");

        Assert.Equal(0, code);
        Assert.Contains("FILE", stdout, StringComparison.Ordinal);
        Assert.Contains("Check device profiles", stdout, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = AiothubCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string FindDeviceProfiles()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiotHub.sln")))
                return Path.Combine(dir.FullName, "device-profiles");
        }

        throw new InvalidOperationException("AiotHub.sln not found");
    }
}

using System.Text.Json;
using AiotHub.Simulators.Cli;
using AiotHub.Simulators.Households;

namespace AiotHub.Simulators.Tests.Households;

/// <summary>`aiothub-sim household`: the generated history as JSON lines for integrators, and the planted truth.</summary>
public sealed class HouseholdCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-household-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task TheHistoryComesOutAsOneJsonEntryALineIdenticalToTheLibrarysAndTheTruthBesideIt()
    {
        var truthPath = Path.Combine(_directory, "truth.json");
        var (code, stdout, stderr) = await RunAsync("household", "--seed", "3", "--days", "21", "--end", "2026-12-07T12:00:00Z",
            "--profiles", TestProfiles.Directory, "--truth", truthPath);

        Assert.True(code == SimCommand.Ok, stderr);
        var expected = HouseholdGenerator.Generate(new HouseholdOptions { Seed = 3, Days = 21, End = HouseholdGeneratorTests.End }, TestProfiles.All());
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.History.Count, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(1, first.GetProperty("id").GetInt64());
        Assert.Equal(expected.History[0].Time, first.GetProperty("time").GetDateTimeOffset());
        var manual = lines.Select(l => JsonDocument.Parse(l).RootElement).First(e => e.GetProperty("source").GetString() == "app");
        Assert.Equal("set", manual.GetProperty("kind").GetString());
        Assert.StartsWith("user-", manual.GetProperty("actor").GetString(), StringComparison.Ordinal);

        using var truth = JsonDocument.Parse(File.ReadAllText(truthPath));
        Assert.Equal(expected.Truth.Select(r => r.Id), truth.RootElement.GetProperty("truth").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(24, truth.RootElement.GetProperty("devices").GetArrayLength());
        Assert.Contains($"{expected.History.Count} entries", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--days", "400", "--days: Days must be 1–366, was 400.")]
    [InlineData("--devices", "500", "--devices: Devices must be 0–200, was 500.")]
    [InlineData("--end", "yesterday", "--end: not an ISO 8601 time: yesterday")]
    [InlineData("--time-zone", "Mars/Base", "--time-zone: unknown time zone: Mars/Base")]
    public async Task BadOptionsAreAUsageErrorThatSaysWhichAndWritesNothing(string option, string value, string error)
    {
        var (code, stdout, stderr) = await RunAsync("household", option, value, "--profiles", TestProfiles.Directory);

        Assert.Equal(SimCommand.UsageError, code);
        Assert.Contains(error, stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await SimCommand.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

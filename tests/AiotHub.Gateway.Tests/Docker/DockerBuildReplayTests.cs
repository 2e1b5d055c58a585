using System.Net;
using System.Net.Http.Headers;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;
using AiotHub.Telemetry.Tests.Servers;

namespace AiotHub.Gateway.Tests.Docker;

/// <summary>
/// `docker compose up --build` without a Docker engine: the Dockerfile's build stage replayed in a clean folder
/// (its COPY lines from the repository less .dockerignore, its `dotnet restore` and `dotnet publish` as written),
/// then what it published started as the image starts it — the final stage's ENV and docker-compose.yml's hub
/// settings, InfluxDB's address pointed at a real VictoriaMetrics that speaks the same v2 write API — and asked
/// what a person asks of the container: `aiothub health`, `aiothub setup`, readings in the time-series store.
/// </summary>
public sealed class DockerBuildReplayTests
{
    // A publish compiles every project from nothing: minutes on a busy two-core machine.
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan CliTimeout = TimeSpan.FromSeconds(60);

    // Where the test, not the compose file, decides: ports on loopback, and the InfluxDB service's address.
    private static readonly HashSet<string> SetByTheTest = ["Urls", "Mqtt__Port", "Mqtt__Address", "Telemetry__Influx__Url"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheReplayedImageBuildPublishesAHubThatIsHealthyHandsOutTheOwnerTokenInsideAndExportsToTheComposeTimeSeriesStore()
    {
        var dotnet = Requires.Executable("dotnet", "dotnet-sdk-10.0");
        var fileSystem = Directory.CreateTempSubdirectory("aiothub-docker-replay-").FullName;
        var state = Directory.CreateTempSubdirectory("aiothub-docker-state-").FullName;
        try
        {
            var dockerfile = Dockerfile.Read(Dockerfile.DefaultPath);
            var stage = new DockerBuildStage(Dockerfile.RepositoryRoot, fileSystem);
            foreach (var instruction in dockerfile.Stage("build").Skip(1))
            {
                switch (instruction.Keyword)
                {
                    case "WORKDIR":
                        stage.WorkDir(instruction);
                        break;
                    case "COPY":
                        stage.Copy(instruction, write: true);
                        break;
                    case "RUN":
                        var (exitCode, output) = await stage.RunDotnetAsync(instruction, dotnet, StepTimeout, Ct);
                        Assert.True(exitCode == 0, $"{instruction} failed ({exitCode}):\n{output}");
                        break;
                    default:
                        Assert.Fail($"{instruction}: not replayed");
                        break;
                }
            }

            // The final stage takes /app from the build stage: the hub, its app, its profiles, the demo home, the CLI.
            var final = dockerfile.Stage("final");
            Assert.Contains(final, i => i is { Keyword: "COPY", Arguments: "--from=build /app ./" });
            var app = stage.HostPath("/app");
            foreach (var file in new[] { "AiotHub.Gateway.dll", "appsettings.json", "wwwroot/index.html", "demo/home.json", "cli/aiothub.dll" })
                Assert.True(File.Exists(Path.Combine(app, file)), $"the build stage published no /app/{file}");
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(app, "device-profiles"), "*.json"));
            Assert.Contains(final, i => i.Keyword == "RUN" && i.Arguments.Contains("exec dotnet /app/cli/aiothub.dll", StringComparison.Ordinal));
            Assert.Contains(final, i => i is { Keyword: "HEALTHCHECK" } && i.Arguments.EndsWith("CMD [\"aiothub\", \"health\"]", StringComparison.Ordinal));

            await using var victoria = await VictoriaMetricsServer.StartAsync(Ct);
            var compose = ComposeFile.Read(ComposeFile.DefaultPath);
            var settings = ImageEnvironment(final, stage)
                .Concat(compose.Environment("hub").Where(e => !SetByTheTest.Contains(e.Key)).Select(e => (e.Key, Value: MapPath(e.Value, stage))))
                .Select(e => $"--{e.Key.Replace("__", ":", StringComparison.Ordinal)}={e.Value}")
                .Append($"--Telemetry:Influx:Url={victoria.BaseAddress}")
                .Append("--demo")
                .ToArray();

            await using var hub = GatewayProcess.StartInstalled(app, app, state, settings);
            var cli = Path.Combine(app, "cli", "aiothub.dll");
            var hubUrl = hub.BaseAddress.ToString();

            // HEALTHCHECK: healthy once the hub is up.
            var health = await Eventually.MatchesAsync(() => RunAsync(dotnet, [cli, "health", "--hub", hubUrl]), r => r.ExitCode == 0, Ct);
            Assert.True(health.ExitCode == 0, "aiothub health:\n" + health.Output + "\nhub:\n" + hub.Output);
            Assert.Contains("healthy", health.Output, StringComparison.Ordinal);

            // docker compose exec hub aiothub setup --code …: a wrong code changes nothing; the printed one gives the owner token.
            var code = await hub.ReadSetupCodeAsync(Ct);
            var wrong = await RunAsync(dotnet, [cli, "setup", "--code", "00000-00000", "--hub", hubUrl]);
            Assert.Equal(1, wrong.ExitCode);
            Assert.Contains("Setup refused (400): $.code: not the setup code", wrong.Output, StringComparison.Ordinal);
            var setup = await RunAsync(dotnet, [cli, "setup", "--code", code, "--name", "Docker owner", "--hub", hubUrl]);
            Assert.True(setup.ExitCode == 0, "aiothub setup:\n" + setup.Output);
            var lines = setup.Output.Split('\n', StringSplitOptions.TrimEntries);
            var token = lines[Array.FindIndex(lines, l => l.StartsWith("Owner token (shown once", StringComparison.Ordinal)) + 1];
            Assert.StartsWith("aiot_", token, StringComparison.Ordinal);
            using var owner = new HttpClient { BaseAddress = hub.BaseAddress };
            owner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using (var homes = await owner.GetAsync("/api/v1/homes", Ct))
                Assert.Equal(HttpStatusCode.OK, homes.StatusCode);
            var again = await RunAsync(dotnet, [cli, "setup", "--code", code, "--hub", hubUrl]);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("Setup refused (409)", again.Output, StringComparison.Ordinal);

            // The compose file's InfluxDB settings (v2 API, org, bucket, token) carry the demo home's readings out.
            var series = await Eventually.MatchesAsync(() => victoria.ExportAsync(Ct), s => s.Any(Tagged), Ct);
            Assert.True(series.Any(Tagged), "no reading of the demo home reached the time-series store:\n" + hub.Output);

            await hub.TerminateAsync(Ct);
            Assert.Equal(0, await hub.WaitForExitAsync(TimeSpan.FromSeconds(30), Ct));
            var down = await RunAsync(dotnet, [cli, "health", "--hub", hubUrl]);
            Assert.Equal(1, down.ExitCode);
            Assert.Contains("unhealthy: no answer from", down.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(fileSystem, recursive: true);
            Directory.Delete(state, recursive: true);
        }
    }

    private static bool Tagged(System.Text.Json.JsonElement series) =>
        series.TryGetProperty("metric", out var metric) && metric.TryGetProperty("home", out var home) && home.GetString() == "home";

    /// <summary>The final stage's ENV (KEY=VALUE pairs), its absolute paths moved into the replay's folder.</summary>
    private static IEnumerable<(string Key, string Value)> ImageEnvironment(IReadOnlyList<DockerInstruction> final, DockerBuildStage stage) =>
        final.Where(i => i.Keyword == "ENV").SelectMany(i => i.Words).Select(word =>
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            Assert.True(equals > 0, $"ENV {word}: only KEY=VALUE is replayed");
            return (word[..equals], MapPath(word[(equals + 1)..], stage));
        });

    private static string MapPath(string value, DockerBuildStage stage) => value.StartsWith("/app", StringComparison.Ordinal) ? stage.HostPath(value) : value;

    private static async Task<(int ExitCode, string Output)> RunAsync(string dotnet, string[] arguments)
    {
        await using var process = ChildProcess.Start(dotnet, arguments);
        var exitCode = await process.WaitForExitAsync(CliTimeout, Ct);
        return (exitCode, process.Describe());
    }
}

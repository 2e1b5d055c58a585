using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>
/// docs/api.md's bash examples, run as the doc says (its "The examples are tested" rules): every
/// ```bash block, in order, as one script against the real hub with lamp-1 connected; each curl
/// call must answer the status in the "# → NNN" comment that follows it.
/// </summary>
public sealed partial class DocsExamplesTests
{
    private const string ExampleSetupCode = "48213-90577";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // curl as the doc writes it, plus its status on stderr (the doc's own stdout and -o stay as written);
    // 28 is --max-time ending the event-stream example, which is how that example ends.
    private const string Preamble = """
        curl() {
          command curl "$@" -w '%{stderr}\n@@status %{http_code}\n' 2>>"$CURL_LOG"
          local rc=$?
          if [ "$rc" -eq 28 ]; then return 0; fi
          return "$rc"
        }

        """;

    [Fact]
    public void TheDocHasExamplesAndEachCurlCallStatesItsStatus()
    {
        var blocks = ReadBlocks();

        Assert.True(blocks.Count >= 8, $"{blocks.Count} bash blocks");
        foreach (var block in blocks)
        {
            var calls = CurlCall().Count(block.Script);
            Assert.True(calls == block.Expected.Count, $"block {block.Index}: {calls} curl calls, {block.Expected.Count} '# →' statuses:\n{block.Script}");
        }
    }

    [Fact]
    public async Task EveryBashExampleAnswersTheStatusTheDocStates()
    {
        var bash = Requires.Executable("bash", "bash");
        Requires.Executable("curl", "curl");
        Requires.Executable("python3", "python3");
        var blocks = ReadBlocks();
        await using var hub = GatewayProcess.Start();
        var code = await hub.ReadSetupCodeAsync(Ct);
        await using var lamp = await TestDevice.StartAsync(hub.MqttPort, "lamp-1", "aiot.light.ceiling1", Ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var device = AnswerCommandsAsync(lamp, stop.Token);
        await WaitUntilLampIsOnlineAsync(hub);

        var log = Path.GetTempFileName();
        try
        {
            var script = new StringBuilder(Preamble);
            foreach (var block in blocks)
            {
                script.Append(CultureInfo.InvariantCulture, $"printf '@@block %d\\n' {block.Index} >> \"$CURL_LOG\"\n");
                script.Append(block.Script.Replace("localhost:8080", $"127.0.0.1:{hub.HttpPort}", StringComparison.Ordinal)
                    .Replace(ExampleSetupCode, code, StringComparison.Ordinal)).Append('\n');
            }

            var output = await RunAsync(bash, script.ToString(), log);
            var statuses = ReadStatuses(await File.ReadAllTextAsync(log, Ct));
            foreach (var block in blocks)
            {
                var actual = statuses.TryGetValue(block.Index, out var list) ? list : [];
                Assert.True(block.Expected.SequenceEqual(actual),
                    $"block {block.Index}: expected {string.Join(" ", block.Expected)}, got {string.Join(" ", actual)}\n{block.Script}\n--- output ---\n{output}\n--- hub ---\n{hub.Output}");
            }
        }
        finally
        {
            await stop.CancelAsync();
            await device;
            File.Delete(log);
        }
    }

    internal sealed record Block(int Index, string Script, IReadOnlyList<int> Expected);

    internal static List<Block> ReadBlocks()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "api.md"));
        return [.. BashBlock().Matches(markdown).Select((m, i) => new Block(i + 1, m.Groups[1].Value,
            [.. ExpectedStatus().Matches(m.Groups[1].Value).Select(s => int.Parse(s.Groups[1].Value, CultureInfo.InvariantCulture))]))];
    }

    private static Dictionary<int, List<int>> ReadStatuses(string log)
    {
        var statuses = new Dictionary<int, List<int>>();
        var current = new List<int>();
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith("@@block ", StringComparison.Ordinal))
                statuses[int.Parse(line[8..], CultureInfo.InvariantCulture)] = current = [];
            else if (line.StartsWith("@@status ", StringComparison.Ordinal))
                current.Add(int.Parse(line[9..], CultureInfo.InvariantCulture));
        }

        return statuses;
    }

    private static async Task<string> RunAsync(string bash, string script, string log)
    {
        var info = new ProcessStartInfo(bash, ["-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot(),
        };
        info.Environment["CURL_LOG"] = log;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        try
        {
            await process.WaitForExitAsync(Ct).WaitAsync(TimeSpan.FromSeconds(60), Ct);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the examples did not finish within 60 s:\n" + await stdout);
        }

        return await stdout + await stderr;
    }

    private static async Task WaitUntilLampIsOnlineAsync(GatewayProcess hub)
    {
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        var online = await Eventually.MatchesAsync(async () =>
        {
            try
            {
                var health = await HealthResponseJson.GetAsync(http, Ct);
                return health.Body.TryGetProperty("devices", out var devices) ? devices.GetProperty("online").GetInt32() : 0;
            }
            catch (HttpRequestException)
            {
                return 0;
            }
        }, n => n >= 1, Ct);
        Assert.True(online >= 1, "lamp-1 never came online:\n" + hub.Output);
    }

    // lamp-1 acknowledges every command and reports what it was set to, as a real lamp does.
    private static async Task AnswerCommandsAsync(TestDevice lamp, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var (message, body) = await lamp.NextCommandAsync(cancellationToken);
                await lamp.ReplyAsync(body.GetProperty("id").GetString()!, 0, cancellationToken);
                if (message.Topic.EndsWith("/set", StringComparison.Ordinal))
                    await lamp.PublishAsync("properties", JsonSerializer.Serialize(new { values = body.GetProperty("values") }), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // No command for a while (NextCommandAsync gives up after 20 s), or the test is over.
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiotHub.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("AiotHub.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^```bash\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"^# → (\d{3})\b", RegexOptions.Multiline)]
    private static partial Regex ExpectedStatus();

    // A call of curl as a command: at a line's start, after a pipe or inside $( … ).
    [GeneratedRegex(@"(^|\|\s*|\$\()\s*curl\s", RegexOptions.Multiline)]
    private static partial Regex CurlCall();
}

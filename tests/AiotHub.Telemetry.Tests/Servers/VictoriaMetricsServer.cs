using System.Text.Json;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;

namespace AiotHub.Telemetry.Tests.Servers;

/// <summary>
/// Debian's VictoriaMetrics (package victoria-metrics), which takes InfluxDB line protocol on
/// /write and /api/v2/write, as a child process on a free loopback port; skips the test when absent.
/// </summary>
internal sealed class VictoriaMetricsServer : IAsyncDisposable
{
    private readonly string _executable;
    private readonly string _directory;
    private readonly int _port;
    private ChildProcess? _process;

    private VictoriaMetricsServer(string executable, string directory, int port)
    {
        _executable = executable;
        _directory = directory;
        _port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public HttpClient Http { get; }

    public Uri BaseAddress => Http.BaseAddress!;

    public static async Task<VictoriaMetricsServer> StartAsync(CancellationToken cancellationToken)
    {
        var executable = Requires.Executable("victoria-metrics", "victoria-metrics");
        var directory = Directory.CreateTempSubdirectory("aiothub-victoria-").FullName;
        var port = FreePort.Stable();
        var server = new VictoriaMetricsServer(executable, directory, port);
        await server.RestartAsync(cancellationToken);
        return server;
    }

    /// <summary>
    /// Stops the server as an administrator does (SIGTERM, so it flushes what it acknowledged; a
    /// kill -9 loses its last second of samples, which is the server's loss, not the writer's);
    /// its data stays for <see cref="RestartAsync"/>.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
            return;
        _process = null;
        if (!process.HasExited)
        {
            using var term = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
            await process.WaitForExitAsync(TimeSpan.FromSeconds(20), CancellationToken.None);
        }

        await process.DisposeAsync();
    }

    /// <summary>
    /// Starts the server again on the same port and data. A start that dies at once (the port
    /// briefly held by something else on a busy machine) is retried a few times before failing.
    /// </summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await StopAsync();
        var failures = new List<string>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            _process = ChildProcess.Start(_executable, [$"-storageDataPath={_directory}", $"-httpListenAddr=127.0.0.1:{_port}", "-loggerLevel=ERROR"]);
            if (await WaitReadyAsync(cancellationToken))
                return;
            failures.Add(_process.Describe());
            await StopAsync();
            await Task.Delay(500, cancellationToken);
        }

        Assert.Fail("victoria-metrics did not start:\n" + string.Join("\n", failures));
    }

    /// <summary>Every stored sample, as /api/v1/export gives them: one JSON line per series. Flushes recent writes first.</summary>
    public async Task<IReadOnlyList<JsonElement>> ExportAsync(CancellationToken cancellationToken)
    {
        // Fresh samples become searchable after a flush (about a second by default); force it.
        using (await Http.GetAsync("/internal/force_flush", cancellationToken))
        {
        }

        using var response = await Http.PostAsync("/api/v1/export",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["match[]"] = "{__name__=~\".+\"}" }), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"export answered {(int)response.StatusCode}: {text}");
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    /// <summary>True once /health answers; false when the process exited first.</summary>
    private async Task<bool> WaitReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                return false;
            try
            {
                using var health = await Http.GetAsync("/health", cancellationToken);
                if (health.IsSuccessStatusCode)
                    return true;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        Assert.Fail("victoria-metrics did not answer /health in 30 s:\n" + _process!.Describe());
        return false;
    }
}

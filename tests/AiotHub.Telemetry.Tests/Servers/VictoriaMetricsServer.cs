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
    private readonly ChildProcess _process;
    private readonly string _directory;

    private VictoriaMetricsServer(ChildProcess process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public HttpClient Http { get; }

    public Uri BaseAddress => Http.BaseAddress!;

    public static async Task<VictoriaMetricsServer> StartAsync(CancellationToken cancellationToken)
    {
        var executable = Requires.Executable("victoria-metrics", "victoria-metrics");
        var directory = Directory.CreateTempSubdirectory("aiothub-victoria-").FullName;
        var port = FreePort.Next();
        var server = new VictoriaMetricsServer(
            ChildProcess.Start(executable, [$"-storageDataPath={directory}", $"-httpListenAddr=127.0.0.1:{port}", "-loggerLevel=ERROR"]),
            directory, port);
        await server.WaitReadyAsync(cancellationToken);
        return server;
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
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, "victoria-metrics exited:\n" + _process.Describe());
            try
            {
                using var health = await Http.GetAsync("/health", cancellationToken);
                if (health.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        Assert.Fail("victoria-metrics did not answer /health in 30 s:\n" + _process.Describe());
    }
}

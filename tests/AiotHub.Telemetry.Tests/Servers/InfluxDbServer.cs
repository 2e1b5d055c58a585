using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;

namespace AiotHub.Telemetry.Tests.Servers;

/// <summary>
/// Debian's InfluxDB 1.6 (`influxd`, package influxdb) as a child process with its data in a
/// temporary directory and its HTTP API on a free loopback port; skips the test when absent.
/// </summary>
internal sealed class InfluxDbServer : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _directory;

    private InfluxDbServer(ChildProcess process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public HttpClient Http { get; }

    public Uri BaseAddress => Http.BaseAddress!;

    public static async Task<InfluxDbServer> StartAsync(CancellationToken cancellationToken)
    {
        var influxd = Requires.Executable("influxd", "influxdb");
        var directory = Directory.CreateTempSubdirectory("aiothub-influxdb-").FullName;
        var port = FreePort.Stable();
        var config = Path.Combine(directory, "influxdb.conf");
        await File.WriteAllTextAsync(config, $"""
            reporting-disabled = true
            bind-address = "127.0.0.1:{FreePort.Next()}"
            [meta]
              dir = "{directory}/meta"
            [data]
              dir = "{directory}/data"
              wal-dir = "{directory}/wal"
              query-log-enabled = false
            [http]
              bind-address = "127.0.0.1:{port}"
              log-enabled = false
            [monitor]
              store-enabled = false
            """, cancellationToken);
        var server = new InfluxDbServer(ChildProcess.Start(influxd, ["-config", config]), directory, port);
        await server.WaitReadyAsync(cancellationToken);
        return server;
    }

    public async Task CreateDatabaseAsync(string name, CancellationToken cancellationToken) =>
        await QueryAsync(null, $"CREATE DATABASE \"{name}\"", cancellationToken);

    /// <summary>Runs InfluxQL and returns the first statement's series (empty when none).</summary>
    public async Task<IReadOnlyList<JsonElement>> QueryAsync(string? database, string query, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string> { ["q"] = query };
        if (database is not null)
            form["db"] = database;
        using var response = await Http.PostAsync("/query", new FormUrlEncodedContent(form), cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"query '{query}' answered {(int)response.StatusCode}: {body}");
        var result = body.GetProperty("results")[0];
        Assert.False(result.TryGetProperty("error", out var error), $"query '{query}': {error}");
        return result.TryGetProperty("series", out var series) ? [.. series.EnumerateArray()] : [];
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
            // influxd may still hold a file for a moment; the temporary directory is the OS's to clean.
        }
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, "influxd exited:\n" + _process.Describe());
            try
            {
                using var ping = await Http.GetAsync("/ping", cancellationToken);
                if (ping.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        Assert.Fail("influxd did not answer /ping in 30 s:\n" + _process.Describe());
    }
}

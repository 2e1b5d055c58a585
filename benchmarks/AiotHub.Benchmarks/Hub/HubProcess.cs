using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AiotHub.Benchmarks.Hub;

/// <summary>
/// The whole hub as it runs in production — `dotnet AiotHub.Gateway.dll` with its embedded broker,
/// its store in a temporary directory, MQTT and HTTP on free loopback ports — in a child process,
/// so what a benchmark measures includes the real sockets between devices and the hub.
/// </summary>
internal sealed partial class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataDirectory;
    private readonly string[] _extraArguments;
    private bool _ownsDataDirectory = true;

    private HubProcess(Process process, string dataDirectory, int mqttPort, int httpPort, string[] extraArguments)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        MqttPort = mqttPort;
        HttpPort = httpPort;
        _extraArguments = extraArguments;
    }

    public int MqttPort { get; }

    public int HttpPort { get; }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static HubProcess Start(params string[] extraArguments) =>
        Launch(Directory.CreateTempSubdirectory("aiothub-bench-hub-").FullName, LoopbackPort.Next(), LoopbackPort.Next(), extraArguments);

    /// <summary>
    /// A power cut: kills the hub (SIGKILL) and starts it again at once on the same data directory, ports and arguments;
    /// the new process owns the directory from then on.
    /// </summary>
    public async Task<HubProcess> RestartAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _ownsDataDirectory = false;
        return Launch(_dataDirectory, MqttPort, HttpPort, _extraArguments);
    }

    private static HubProcess Launch(string dataDirectory, int mqttPort, int httpPort, string[] extraArguments)
    {
        var gateway = Path.Combine(AppContext.BaseDirectory, "AiotHub.Gateway.dll");
        if (!File.Exists(gateway))
            throw new InvalidOperationException($"{gateway} is missing: build the benchmarks project, which references the gateway");
        var info = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet",
        [
            gateway,
            string.Create(CultureInfo.InvariantCulture, $"--Mqtt:Port={mqttPort}"),
            "--Mqtt:Address=127.0.0.1",
            string.Create(CultureInfo.InvariantCulture, $"--Urls=http://127.0.0.1:{httpPort}"),
            $"--Mqtt:Persistence:DataDirectory={dataDirectory}",
            $"--Devices:DataDirectory={dataDirectory}",
            "--Logging:LogLevel:Default=Warning",
            .. extraArguments,
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = info };
        var hub = new HubProcess(process, dataDirectory, mqttPort, httpPort, extraArguments);
        process.OutputDataReceived += (_, e) => hub.Append(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return hub;
    }

    /// <summary>First start: posts the setup code the hub printed and returns a client with the owner token.</summary>
    public async Task<HttpClient> CreateOwnerClientAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        string? code = null;
        while (code is null)
        {
            if (_process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(60))
                throw new InvalidOperationException("the hub printed no setup code:\n" + Output);
            code = SetupCodePattern().Match(Output) is { Success: true } m ? m.Groups[1].Value : null;
            if (code is null)
                await Task.Delay(100, cancellationToken);
        }

        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
        while (true)
        {
            try
            {
                using var response = await http.PostAsJsonAsync("/api/v1/setup", new { code, name = "benchmark" }, cancellationToken);
                if (response.StatusCode != HttpStatusCode.Created)
                    throw new InvalidOperationException($"setup answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                var secret = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("secret").GetString();
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
                return http;
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>The hub's CPU time so far (user + system), read from /proc on Linux.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public long ResidentBytes()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        if (!_ownsDataDirectory)
            return;
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean the temporary directory.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    [GeneratedRegex(@"setup code: (\d{5}-\d{5})")]
    private static partial Regex SetupCodePattern();
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Gateway.Tests;

/// <summary>
/// The hub as it runs in production: `dotnet AiotHub.Gateway.dll` as a child process with its
/// settings on the command line, MQTT and HTTP on free loopback ports, its data in a temporary
/// directory. Killed on dispose whatever happened.
/// </summary>
internal sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataDirectory;
    private readonly bool _ownsDataDirectory;

    private GatewayProcess(Process process, string dataDirectory, bool ownsDataDirectory, int mqttPort, int httpPort)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
        MqttPort = mqttPort;
        HttpPort = httpPort;
    }

    public int MqttPort { get; }

    public int HttpPort { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static GatewayProcess Start(params string[] extraArguments) => Start(null, extraArguments);

    /// <summary>
    /// Starts the hub with its broker data in <paramref name="dataDirectory"/>, which the caller
    /// owns (so a second hub can restart on it).
    /// </summary>
    public static GatewayProcess StartInDirectory(string dataDirectory, params string[] extraArguments) => Start(dataDirectory, extraArguments);

    /// <summary>Null <paramref name="dataDirectory"/>: a temporary directory deleted on dispose.</summary>
    private static GatewayProcess Start(string? dataDirectory, string[] extraArguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Requires.Executable("dotnet", "dotnet-sdk-10.0");
        var gateway = Path.Combine(AppContext.BaseDirectory, "AiotHub.Gateway.dll");
        var ownsDataDirectory = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("aiothub-gateway-process-").FullName;
        var mqttPort = FreePort.Next();
        var httpPort = FreePort.Next();
        var info = new ProcessStartInfo(dotnet,
        [
            gateway,
            string.Create(CultureInfo.InvariantCulture, $"--Mqtt:Port={mqttPort}"),
            "--Mqtt:Address=127.0.0.1",
            string.Create(CultureInfo.InvariantCulture, $"--Urls=http://127.0.0.1:{httpPort}"),
            $"--Mqtt:Persistence:DataDirectory={dataDirectory}",
            $"--Devices:DataDirectory={dataDirectory}",
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
        var child = new GatewayProcess(process, dataDirectory, ownsDataDirectory, mqttPort, httpPort);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>What systemd or `docker stop` sends: SIGTERM.</summary>
    public async Task TerminateAsync(CancellationToken cancellationToken)
    {
        var kill = Requires.Executable("kill", "procps");
        using var signal = Process.Start(new ProcessStartInfo(kill, ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))!;
        await signal.WaitForExitAsync(cancellationToken);
    }

    /// <summary>kill -9: SIGKILL, no chance to flush or close anything.</summary>
    public void Kill() => _process.Kill(entireProcessTree: false);

    /// <summary>Waits for the process to exit and returns its exit code; null when it is still running after the timeout.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
            return _process.ExitCode;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }

        await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _process.Dispose();
        if (!_ownsDataDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

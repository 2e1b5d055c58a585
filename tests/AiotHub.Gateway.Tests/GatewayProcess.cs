using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Text;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Gateway.Tests;

/// <summary>
/// The hub as it runs in production: `dotnet AiotHub.Gateway.dll` as a child process with its
/// settings on the command line, MQTT and HTTP on free loopback ports, its data in a temporary
/// directory. Killed on dispose whatever happened.
/// </summary>
internal sealed partial class GatewayProcess : IAsyncDisposable
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
    /// As <see cref="Start(string[])"/>, but MQTT and HTTP listen on every address (the hub's defaults), so a client in
    /// a network namespace — another address of this machine — can reach them. The test talks to it over loopback.
    /// </summary>
    public static GatewayProcess StartOnAllAddresses(params string[] extraArguments) => Start(null, extraArguments, allAddresses: true);

    /// <summary>
    /// Does what a person does at first start: reads the setup code the hub printed, posts it to
    /// /api/v1/setup over loopback, and returns a client carrying the owner token it got back.
    /// </summary>
    public async Task<HttpClient> CreateOwnerClientAsync(CancellationToken cancellationToken)
    {
        var code = await ReadSetupCodeAsync(cancellationToken);
        var http = new HttpClient { BaseAddress = BaseAddress };
        // The code is printed as the hub starts, possibly before HTTP listens: retry refused connections.
        using var response = await Eventually.MatchesAsync(async () =>
        {
            try
            {
                return await http.PostAsJsonAsync("/api/v1/setup", new { code, name = "process test" }, cancellationToken);
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, r => r is not null, cancellationToken);
        Assert.True(response is not null, "the hub never answered setup:\n" + Output);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"setup answered {response.StatusCode}:\n{Output}");
        var secret = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(cancellationToken)).GetProperty("secret").GetString();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return http;
    }

    /// <summary>The one-time setup code the hub printed at start (waits for it).</summary>
    public async Task<string> ReadSetupCodeAsync(CancellationToken cancellationToken)
    {
        var code = await Eventually.MatchesAsync(
            () => Task.FromResult(SetupCodePattern().Match(Output) is { Success: true } m ? m.Groups[1].Value : null),
            c => c is not null, cancellationToken);
        Assert.True(code is not null, "the hub printed no setup code:\n" + Output);
        return code;
    }

    [GeneratedRegex(@"setup code: (\d{5}-\d{5})")]
    private static partial Regex SetupCodePattern();

    /// <summary>
    /// Starts the hub with its broker data in <paramref name="dataDirectory"/>, which the caller
    /// owns (so a second hub can restart on it).
    /// </summary>
    public static GatewayProcess StartInDirectory(string dataDirectory, params string[] extraArguments) => Start(dataDirectory, extraArguments);

    /// <summary>
    /// As <see cref="StartInDirectory"/> on the ports <paramref name="previous"/> had: the same hub started again after a
    /// crash, so its devices and clients find it where they left it.
    /// </summary>
    public static GatewayProcess StartAgain(string dataDirectory, GatewayProcess previous, params string[] extraArguments) =>
        Start(dataDirectory, extraArguments, ports: (previous.MqttPort, previous.HttpPort));

    /// <summary>As <see cref="StartInDirectory"/>, listening on every address.</summary>
    public static GatewayProcess StartInDirectoryOnAllAddresses(string dataDirectory, params string[] extraArguments) =>
        Start(dataDirectory, extraArguments, allAddresses: true);

    /// <summary>
    /// Starts the hub installed in <paramref name="installDirectory"/> (a `dotnet publish` output) as a
    /// person would from a shell in <paramref name="workingDirectory"/>. Its data goes where the hub puts it
    /// by default, below <c>$STATE_DIRECTORY</c>, which is <paramref name="stateDirectory"/> (the caller's).
    /// </summary>
    public static GatewayProcess StartInstalled(string installDirectory, string workingDirectory, string stateDirectory, params string[] extraArguments) =>
        Start(stateDirectory, extraArguments, installDirectory, workingDirectory, dataOnCommandLine: false);

    /// <summary>Null <paramref name="dataDirectory"/>: a temporary directory deleted on dispose.</summary>
    private static GatewayProcess Start(string? dataDirectory, string[] extraArguments, string? installDirectory = null,
        string? workingDirectory = null, bool dataOnCommandLine = true, bool allAddresses = false, (int Mqtt, int Http)? ports = null)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Requires.Executable("dotnet", "dotnet-sdk-10.0");
        var gateway = Path.Combine(installDirectory ?? AppContext.BaseDirectory, "AiotHub.Gateway.dll");
        var ownsDataDirectory = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("aiothub-gateway-process-").FullName;
        var mqttPort = ports?.Mqtt ?? FreePort.Next();
        var httpPort = ports?.Http ?? FreePort.Next();
        string[] data = dataOnCommandLine ? [$"--Mqtt:Persistence:DataDirectory={dataDirectory}", $"--Devices:DataDirectory={dataDirectory}"] : [];
        var info = new ProcessStartInfo(dotnet,
        [
            gateway,
            string.Create(CultureInfo.InvariantCulture, $"--Mqtt:Port={mqttPort}"),
            allAddresses ? "--Mqtt:Address=0.0.0.0" : "--Mqtt:Address=127.0.0.1",
            string.Create(CultureInfo.InvariantCulture, $"--Urls=http://{(allAddresses ? "0.0.0.0" : "127.0.0.1")}:{httpPort}"),
            .. data,
            .. extraArguments,
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (!dataOnCommandLine)
            info.Environment["STATE_DIRECTORY"] = dataDirectory;
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

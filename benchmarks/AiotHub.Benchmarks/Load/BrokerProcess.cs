using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AiotHub.Benchmarks.Load;

/// <summary>The limits both brokers run with, so neither wins by buffering more.</summary>
/// <param name="Persistence">
/// Both brokers persist (AiotHub: its journal, fsync before each acknowledgement, batched; Mosquitto:
/// `persistence true`, a periodic save) and scenarios use persistent sessions where it matters.
/// </param>
/// <param name="Stats">AiotHub's broker prints its counters and thread pool each second on stderr (`serve --stats`).</param>
internal sealed record BrokerLimits(int MaxInflight, int MaxQueued, bool Persistence = false, bool Stats = false);

/// <summary>A broker under test in its own process, optionally pinned to one core with taskset.</summary>
internal sealed class BrokerProcess : IAsyncDisposable
{
    private static readonly string[] MosquittoPaths = ["/usr/sbin/mosquitto", "/usr/bin/mosquitto"];
    private readonly Process _process;
    private readonly string? _tempDirectory;

    private BrokerProcess(string name, Process process, IPEndPoint endPoint, string? tempDirectory, bool persistence)
    {
        Name = name;
        Persistence = persistence;
        _process = process;
        EndPoint = endPoint;
        _tempDirectory = tempDirectory;
    }

    public string Name { get; }

    public IPEndPoint EndPoint { get; }

    /// <summary>The broker keeps persistent sessions durably: scenarios subscribe with Clean Session 0.</summary>
    public bool Persistence { get; }

    public static async Task<BrokerProcess> StartMosquittoAsync(BrokerLimits limits, int? pinCore, CancellationToken cancellationToken)
    {
        var mosquitto = MosquittoPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("mosquitto not found: apt-get install mosquitto");
        var port = LoopbackPort.Next();
        var directory = Directory.CreateTempSubdirectory("aiothub-bench-mosquitto-").FullName;
        var config = Path.Combine(directory, "mosquitto.conf");
        await File.WriteAllLinesAsync(config,
        [
            $"listener {port} 127.0.0.1",
            "allow_anonymous true",
            limits.Persistence ? "persistence true" : "persistence false",
            $"persistence_location {directory}/",
            "log_dest none",
            "max_connections -1",
            // Our broker and the generator disable Nagle; give Mosquitto the same, or its latency and
            // throughput suffer from delayed-ACK stalls that have nothing to do with its design.
            "set_tcp_nodelay true",
            $"max_inflight_messages {limits.MaxInflight}",
            $"max_queued_messages {limits.MaxQueued}",
        ], cancellationToken);
        return await StartAsync("Mosquitto", mosquitto, ["-c", config], port, pinCore, directory, limits.Persistence, cancellationToken);
    }

    public static Task<BrokerProcess> StartAiotHubAsync(BrokerLimits limits, int? pinCore, CancellationToken cancellationToken)
    {
        var port = LoopbackPort.Next();
        var self = Environment.ProcessPath ?? "dotnet";
        var arguments = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            arguments.Add(typeof(BrokerProcess).Assembly.Location);
        }

        arguments.AddRange(["serve", "--port", port.ToString(CultureInfo.InvariantCulture),
            "--max-inflight", limits.MaxInflight.ToString(CultureInfo.InvariantCulture),
            "--max-queued", limits.MaxQueued.ToString(CultureInfo.InvariantCulture)]);
        if (limits.Stats)
        {
            arguments.Add("--stats");
        }

        string? directory = null;
        if (limits.Persistence)
        {
            directory = Directory.CreateTempSubdirectory("aiothub-bench-store-").FullName;
            arguments.AddRange(["--data", directory]);
        }

        // As the hub ships (AiotHub.Gateway.csproj: TieredPGO false): without Dynamic PGO's instrumented tier a freshly
        // started broker runs at full speed within a second instead of after several (measured: the first windows of
        // a flood at 150k msg/s instead of 1M+).
        return StartAsync("AiotHub", self, arguments, port, pinCore, directory, limits.Persistence, cancellationToken,
            environment: [("DOTNET_TieredPGO", "0")]);
    }

    /// <summary>Resident set size from /proc, in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>User plus system CPU time the broker has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_tempDirectory is not null)
        {
            Directory.Delete(_tempDirectory, recursive: true);
        }
    }

    private static async Task<BrokerProcess> StartAsync(string name, string executable, IEnumerable<string> arguments, int port,
        int? pinCore, string? tempDirectory, bool persistence, CancellationToken cancellationToken,
        IEnumerable<(string Name, string Value)>? environment = null)
    {
        var start = pinCore is { } core
            ? new ProcessStartInfo("taskset", ["-c", core.ToString(CultureInfo.InvariantCulture), executable, .. arguments])
            : new ProcessStartInfo(executable, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var (variable, value) in environment ?? [])
        {
            start.Environment[variable] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[{name}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var endPoint = new IPEndPoint(IPAddress.Loopback, port);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await probe.ConnectAsync(endPoint, cancellationToken);
                break;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        return new BrokerProcess(name, process, endPoint, tempDirectory, persistence);
    }
}

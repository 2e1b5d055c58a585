using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace AiotHub.Mqtt.Tests.Infrastructure;

/// <summary>
/// A real Debian mosquitto as a child process on a free loopback port, with its own temporary
/// configuration and data directory. Skips the calling test when mosquitto is not installed.
/// <code>
/// await using var broker = await MosquittoBroker.StartAsync(new() { Persistence = true }, ct);
/// // connect to 127.0.0.1:broker.Port … await broker.RestartAsync(ct); …
/// </code>
/// Every process it starts is killed in <see cref="DisposeAsync"/>, and when the test host exits.
/// </summary>
internal sealed class MosquittoBroker : IAsyncDisposable
{
    private const int SigTerm = 15;
    private const int SigStop = 19;
    private const int SigCont = 18;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<int, Process> LiveProcesses = new();

    private readonly string _executable;
    private readonly MosquittoBrokerOptions _options;
    private readonly string _directory;
    private readonly StringBuilder _log = new();
    private Process? _process;
    private int _disposed;

    static MosquittoBroker() =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in LiveProcesses.Values)
            {
                TryKill(process);
            }
        };

    private MosquittoBroker(string executable, MosquittoBrokerOptions options)
    {
        _executable = executable;
        _options = options;
        _directory = Directory.CreateTempSubdirectory("aiothub-mosquitto-").FullName;
        DataDirectory = Path.Combine(_directory, "data");
        Directory.CreateDirectory(DataDirectory);
        ConfigPath = Path.Combine(_directory, "mosquitto.conf");
    }

    public static string Host => "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>Where mosquitto keeps mosquitto.db when <see cref="MosquittoBrokerOptions.Persistence"/> is on.</summary>
    public string DataDirectory { get; }

    public string ConfigPath { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Everything mosquitto wrote to stderr (its log) since the first start, for assertion messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts mosquitto and waits until its port accepts connections.</summary>
    public static async Task<MosquittoBroker> StartAsync(MosquittoBrokerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var executable = Requires.Executable("mosquitto", "mosquitto");
        var broker = new MosquittoBroker(executable, options ?? new MosquittoBrokerOptions());
        try
        {
            // A free port can be taken by someone else between probing and binding; try a few.
            for (var attempt = 1; ; attempt++)
            {
                broker.Port = FreePort.Next();
                if (await broker.TryStartAsync(cancellationToken) || attempt == 5
                    || !broker.Log.Contains("Address already in use", StringComparison.Ordinal))
                {
                    break;
                }
            }

            if (!broker.IsRunning)
            {
                throw new InvalidOperationException($"mosquitto did not start.{Environment.NewLine}{broker.Log}");
            }

            return broker;
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

    /// <summary>Graceful stop: SIGTERM, so mosquitto saves its persistence file and closes sessions.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited && Kill(process.Id, SigTerm) == 0)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StopTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                AppendLog($"[fixture] mosquitto ignored SIGTERM for {StopTimeout.TotalSeconds} s; killing it");
            }
        }

        await KillAsync(cancellationToken);
    }

    /// <summary>Abrupt stop: SIGKILL, as if the machine lost power. Nothing is saved.</summary>
    public async Task KillAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not { } process)
        {
            return;
        }

        TryKill(process);
        await process.WaitForExitAsync(cancellationToken);
        LiveProcesses.TryRemove(process.Id, out _);
        process.Dispose();
        _process = null;
    }

    /// <summary>SIGSTOP: the process freezes with its sockets open, like a hung server. <see cref="ResumeAsync"/> undoes it.</summary>
    public Task PauseAsync() => SignalAsync(SigStop);

    /// <summary>SIGCONT after <see cref="PauseAsync"/>.</summary>
    public Task ResumeAsync() => SignalAsync(SigCont);

    /// <summary>Stops gracefully if running, then starts again on the same port with the same data directory.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(cancellationToken);
        await StartAgainAsync(cancellationToken);
    }

    /// <summary>Starts again on the same port and data directory after <see cref="StopAsync"/> or <see cref="KillAsync"/>.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("mosquitto is already running.");
        }

        // The old socket may linger briefly; mosquitto binds with SO_REUSEADDR but retry anyway.
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            if (await TryStartAsync(cancellationToken))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        throw new InvalidOperationException($"mosquitto did not restart on port {Port}.{Environment.NewLine}{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_process is not null)
        {
            await KillAsync(CancellationToken.None);
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public override string ToString() => $"mosquitto on {Host}:{Port}";

    private Task SignalAsync(int signal)
    {
        if (_process is not { HasExited: false } process || Kill(process.Id, signal) != 0)
        {
            throw new InvalidOperationException("mosquitto is not running.");
        }

        return Task.CompletedTask;
    }

    private async Task<bool> TryStartAsync(CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(ConfigPath, BuildConfig(), cancellationToken);
        var info = new ProcessStartInfo(_executable, ["-c", ConfigPath])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        var process = new Process { StartInfo = info };
        process.ErrorDataReceived += (_, e) => AppendLog(e.Data);
        process.OutputDataReceived += (_, e) => AppendLog(e.Data);
        process.Start();
        LiveProcesses[process.Id] = process;
        _process = process;
        int logStart;
        lock (_log)
        {
            logStart = _log.Length;
        }

        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                AppendLog($"[fixture] mosquitto exited with {process.ExitCode} while starting on port {Port}");
                await KillAsync(cancellationToken);
                return false;
            }

            // mosquitto logs "… running" only after all its listeners are bound; checking that first
            // keeps another process that grabbed the same port from looking like our broker.
            if (HasLoggedRunning(logStart) && await AcceptsConnectionsAsync(cancellationToken))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }

        await KillAsync(cancellationToken);
        throw new TimeoutException($"mosquitto did not accept connections on port {Port} within {StartTimeout}.{Environment.NewLine}{Log}");
    }

    private bool HasLoggedRunning(int logStart)
    {
        lock (_log)
        {
            return _log.ToString(logStart, _log.Length - logStart).Contains(" running", StringComparison.Ordinal);
        }
    }

    private async Task<bool> AcceptsConnectionsAsync(CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, Port), timeout.Token);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private string BuildConfig()
    {
        var lines = new List<string>(_options.LeadingConfigLines)
        {
            $"listener {Port} {Host}",
            "log_dest stderr",
            "log_type error",
            "log_type warning",
            "log_type notice",
            "log_type information",
            "connection_messages true",
        };

        // As root mosquitto would switch to the 'mosquitto' user, who cannot write our temp dir.
        if (Environment.UserName == "root")
        {
            lines.Add("user root");
        }

        if (_options.PasswordFile is { } passwordFile)
        {
            lines.Add("allow_anonymous false");
            lines.Add($"password_file {passwordFile}");
        }
        else
        {
            lines.Add("allow_anonymous true");
        }

        if (_options.Persistence)
        {
            lines.Add("persistence true");
            lines.Add($"persistence_location {DataDirectory}{Path.DirectorySeparatorChar}");
            lines.Add("persistence_file mosquitto.db");
        }
        else
        {
            lines.Add("persistence false");
        }

        if (_options.MaxInflightMessages is { } inflight)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"max_inflight_messages {inflight}"));
        }

        if (_options.MaxQueuedMessages is { } queued)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"max_queued_messages {queued}"));
        }

        lines.AddRange(_options.ExtraConfigLines);
        return string.Join('\n', lines) + "\n";
    }

    private void AppendLog(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static void TryKill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would need AllowUnsafeBlocks for the test project; two ints marshal as-is.
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}

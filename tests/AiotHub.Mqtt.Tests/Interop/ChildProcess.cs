using System.Diagnostics;
using System.Text;

namespace AiotHub.Mqtt.Tests.Interop;

/// <summary>
/// A third-party peer as a child process: its stdout kept line by line so a test can wait for a
/// line, its stderr kept for failure messages, and killed on dispose whatever happened.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);
    private readonly Process _process;
    private readonly List<string> _stdout = [];
    private readonly StringBuilder _stderr = new();
    private readonly string _commandLine;

    private ChildProcess(Process process, string commandLine)
    {
        _process = process;
        _commandLine = commandLine;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string executable, IEnumerable<string> arguments, string? standardInput = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            StandardOutputEncoding = Encoding.UTF8,
        };
        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process, $"{executable} {string.Join(' ', info.ArgumentList.Select(Quote))}");
        process.OutputDataReceived += (_, e) => child.OnStdout(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnStderr(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }

        return child;
    }

    /// <summary>The lines written to stdout so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_stdout)
            {
                return [.. _stdout];
            }
        }
    }

    /// <summary>Waits until some stdout line satisfies <paramref name="predicate"/> and returns it.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken) =>
        (await WaitForLinesAsync(predicate, 1, timeout, cancellationToken))[0];

    /// <summary>Waits until at least <paramref name="count"/> stdout lines satisfy <paramref name="predicate"/>; returns them all.</summary>
    public async Task<IReadOnlyList<string>> WaitForLinesAsync(Func<string, bool> predicate, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var matching = Lines.Where(predicate).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"{matching.Count} of {count} expected lines within {timeout.TotalSeconds} s.{Environment.NewLine}{Describe()}");
            }

            if (_process.HasExited)
            {
                // Let the asynchronous readers drain what is left, then look one last time.
                await _process.WaitForExitAsync(cancellationToken);
                matching = Lines.Where(predicate).ToList();
                if (matching.Count >= count)
                {
                    return matching;
                }

                throw new InvalidOperationException($"Exited after {matching.Count} of {count} expected lines.{Environment.NewLine}{Describe()}");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Waits for the process to exit on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill();
            throw new TimeoutException($"Did not exit within {timeout.TotalSeconds} s.{Environment.NewLine}{Describe()}");
        }

        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the peer vanishes without a DISCONNECT, as on a power cut.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    /// <summary>The command line and everything it printed, for assertion messages.</summary>
    public string Describe()
    {
        string stderr;
        lock (_stderr)
        {
            stderr = _stderr.ToString();
        }

        var exit = _process.HasExited ? $" (exit code {_process.ExitCode})" : " (running)";
        return $"$ {_commandLine}{exit}{Environment.NewLine}--- stdout ---{Environment.NewLine}{string.Join(Environment.NewLine, Lines)}"
            + $"{Environment.NewLine}--- stderr ---{Environment.NewLine}{stderr}";
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
        }

        _process.Dispose();
    }

    private void OnStdout(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stdout)
        {
            _stdout.Add(line);
        }
    }

    private void OnStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderr)
        {
            _stderr.AppendLine(line);
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '|' or '%') ? argument : $"'{argument}'";
}

using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using AiotHub.Mqtt.Broker.Persistence;

namespace AiotHub.Mqtt.Tests.Persistence;

/// <summary>
/// The product promise itself: a change the store acknowledged survives <c>kill -9</c>. A child
/// process (tests/AiotHub.Mqtt.CrashHost) appends as fast as it can and prints each change after
/// its Task completed; the test kills it with SIGKILL mid-stream and checks the reopened store.
/// </summary>
public sealed class MqttBrokerStoreKillTests
{
    private const int AcknowledgementsBeforeKill = 6000;

    /// <remarks>OsBuffered skips fsync, yet must survive kill -9 too: the kernel keeps what was written.</remarks>
    [Theory]
    [InlineData(MqttBrokerStoreFlushMode.Always)]
    [InlineData(MqttBrokerStoreFlushMode.OsBuffered)]
    public async Task EveryAcknowledgedChangeSurvivesKillNineAndRecoveryAfterIt(MqttBrokerStoreFlushMode flushMode)
    {
        using var directory = new TemporaryDirectory();
        var lines = new List<string>();

        // Small compactions so the kill can land in the middle of one too.
        lines.AddRange(await RunAndKillAsync(directory.Path, flushMode, first: 1));
        AssertAcknowledgedChangesPresent(directory.Path, lines);

        // Once more on the recovered directory: recovery must leave it appendable and killable.
        lines.AddRange(await RunAndKillAsync(directory.Path, flushMode, first: 1_000_000));
        AssertAcknowledgedChangesPresent(directory.Path, lines);
    }

    private static void AssertAcknowledgedChangesPresent(string directory, List<string> lines)
    {
        using var store = MqttBrokerStore.Open(directory);
        var queued = store.LoadState().Sessions["crash"].Queue
            .Select(e => BinaryPrimitives.ReadInt64LittleEndian(e.Message.Payload.Span))
            .ToList();
        var present = queued.ToHashSet();
        Assert.Equal(queued.Count, present.Count);

        var missing = lines.Where(l => l[0] == '+' && !present.Contains(Number(l))).ToList();
        var resurrected = lines.Where(l => l[0] == '-' && present.Contains(Number(l))).ToList();
        Assert.True(missing.Count == 0, $"acknowledged but lost: {string.Join(' ', missing.Take(20))}");
        Assert.True(resurrected.Count == 0, $"acknowledged as delivered but back in the queue: {string.Join(' ', resurrected.Take(20))}");
    }

    private static async Task<List<string>> RunAndKillAsync(string directory, MqttBrokerStoreFlushMode flushMode, long first)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CrashHostPath());
        start.ArgumentList.Add(directory);
        start.ArgumentList.Add(first.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add((64 << 10).ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(flushMode.ToString());

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the crash host");
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        var lines = new List<string>();
        try
        {
            while (lines.Count < AcknowledgementsBeforeKill)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                if (line is null)
                {
                    Assert.Fail($"the crash host exited early: {await errors}");
                }

                lines.Add(line);
            }
        }
        finally
        {
            // SIGKILL on Unix: no finalizers, no flushing, no disposal.
            process.Kill();
            await process.WaitForExitAsync(cancellation);
        }

        // Lines printed before the kill are acknowledgements too; a last line without its
        // newline was cut off mid-write and is not trusted.
        var rest = await process.StandardOutput.ReadToEndAsync(cancellation);
        var tail = rest.Split('\n');
        lines.AddRange(tail[..^1].Where(l => l.Length > 0));
        Assert.All(lines, l => Assert.Matches("^[+-][0-9]+$", l));
        return lines;
    }

    private static long Number(string line) => long.Parse(line.AsSpan(1), CultureInfo.InvariantCulture);

    /// <summary>The crash host is built next to this assembly by the ProjectReference in the test project.</summary>
    private static string CrashHostPath()
    {
        var separator = Path.DirectorySeparatorChar;
        var ours = AppContext.BaseDirectory;
        var theirs = ours.Replace($"{separator}AiotHub.Mqtt.Tests{separator}", $"{separator}AiotHub.Mqtt.CrashHost{separator}", StringComparison.Ordinal);
        var path = Path.Combine(theirs, "AiotHub.Mqtt.CrashHost.dll");
        Assert.True(File.Exists(path), $"crash host not built at {path}");
        return path;
    }
}

using System.Diagnostics;
using System.Globalization;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

/// <summary>mosquitto_sub / mosquitto_pub as the other side of a test (package mosquitto-clients).</summary>
internal static class MosquittoCommandLine
{
    public static string Version(MqttProtocolVersion version) => version == MqttProtocolVersion.V500 ? "mqttv5" : "mqttv311";

    /// <summary>Runs mosquitto_pub to completion.</summary>
    public static async Task PublishAsync(int port, MqttProtocolVersion version, string topic, string payload, int qos, CancellationToken ct)
    {
        var executable = Requires.Executable("mosquitto_pub", "mosquitto-clients");
        using var process = Start(executable, ["-h", MosquittoBroker.Host, "-p", port.ToString(CultureInfo.InvariantCulture),
            "-V", Version(version), "-q", qos.ToString(CultureInfo.InvariantCulture), "-t", topic, "-m", payload]);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReceivedMessages.Timeout);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"mosquitto_pub failed: {await stderr}");
    }

    /// <summary>
    /// Starts mosquitto_sub for <paramref name="count"/> messages and returns once its SUBACK arrived,
    /// so what is published next reaches it. Dispose to stop it.
    /// </summary>
    public static async Task<Subscriber> SubscribeAsync(int port, MqttProtocolVersion version, string topic, int qos, int count, CancellationToken ct)
    {
        var executable = Requires.Executable("mosquitto_sub", "mosquitto-clients");
        // Its stdout is a pipe, so block-buffered: stdbuf (coreutils) makes it line-buffered, or the SUBACK line never shows.
        var stdbuf = Requires.FindExecutable("stdbuf");
        string[] prefix = stdbuf is null ? [] : ["-oL", executable];
        var process = Start(stdbuf ?? executable, [.. prefix, "-h", MosquittoBroker.Host, "-p", port.ToString(CultureInfo.InvariantCulture),
            "-V", Version(version), "-q", qos.ToString(CultureInfo.InvariantCulture), "-t", topic,
            "-C", count.ToString(CultureInfo.InvariantCulture), "-d", "-F", "msg=%t|%q|%p"]);
        var subscriber = new Subscriber(process);
        try
        {
            await subscriber.WaitForLineAsync(l => l.Contains("SUBACK", StringComparison.Ordinal), ct);
            return subscriber;
        }
        catch
        {
            subscriber.Dispose();
            throw;
        }
    }

    private static Process Start(string executable, string[] arguments) =>
        Process.Start(new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"Could not start {executable}.");

    internal sealed class Subscriber : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];

        public Subscriber(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (_lines)
                    {
                        _lines.Add(e.Data);
                    }
                }
            };
            _process.BeginOutputReadLine();
        }

        /// <summary>Received messages as (topic, qos, payload), from the "msg=%t|%q|%p" format.</summary>
        public async Task<IReadOnlyList<(string Topic, int QoS, string Payload)>> WaitForMessagesAsync(int count, CancellationToken ct)
        {
            var deadline = DateTime.UtcNow + ReceivedMessages.Timeout;
            while (true)
            {
                var messages = Messages();
                if (messages.Count >= count || DateTime.UtcNow > deadline)
                {
                    return messages;
                }

                await Task.Delay(50, ct);
            }
        }

        public async Task WaitForLineAsync(Func<string, bool> predicate, CancellationToken ct)
        {
            var deadline = DateTime.UtcNow + ReceivedMessages.Timeout;
            while (DateTime.UtcNow < deadline)
            {
                lock (_lines)
                {
                    if (_lines.Any(predicate))
                    {
                        return;
                    }
                }

                await Task.Delay(50, ct);
            }

            throw new TimeoutException("mosquitto_sub did not print the expected line: " + string.Join(" / ", Lines()));
        }

        public void Dispose()
        {
            try
            {
                _process.Kill();
            }
            catch (InvalidOperationException)
            {
            }

            _process.Dispose();
        }

        private List<string> Lines()
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }

        private List<(string, int, string)> Messages() =>
            Lines().Where(l => l.StartsWith("msg=", StringComparison.Ordinal))
                .Select(l => l[4..].Split('|', 3))
                .Select(p => (p[0], int.Parse(p[1], CultureInfo.InvariantCulture), p[2]))
                .ToList();
    }
}

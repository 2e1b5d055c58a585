using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Tests;

/// <summary>
/// The issue's durability requirement against the real hub process: everything the broker
/// acknowledged before a SIGTERM or a kill -9 is there after the hub restarts on the same data directory.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private const string StreamTopic = "durability/stream";
    private const int RetainedCount = 20;
    private const int AcknowledgedBeforeStop = 300;

    // Persistent subscribers: 3.1.1 with Clean Session 0, and 5.0 with a Session Expiry Interval.
    private static readonly (string ClientId, MqttProtocolVersion Version)[] Subscribers =
    [
        ("durable-311", MqttProtocolVersion.V311),
        ("durable-500", MqttProtocolVersion.V500),
    ];

    private static readonly string[] HubArguments = ["--Mqtt:MaximumQueuedMessagesPerClient=100000"];

    private readonly string _data = Directory.CreateTempSubdirectory("aiothub-durability-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public Task AcknowledgedQueuedAndRetainedMessagesSurviveSigterm() => StreamStopRestartAndCheckAsync(kill: false);

    [Fact]
    public Task AcknowledgedQueuedAndRetainedMessagesSurviveKill9() => StreamStopRestartAndCheckAsync(kill: true);

    private async Task StreamStopRestartAndCheckAsync(bool kill)
    {
        HashSet<int> acknowledged;
        await using (var hub = GatewayProcess.StartInDirectory(_data, HubArguments))
        {
            await WaitForBrokerAsync(hub);
            foreach (var (clientId, version) in Subscribers)
            {
                await using var subscriber = await ConnectAsync(hub, clientId, version, persistent: true);
                var subscribed = await subscriber.SubscribeAsync(StreamTopic, MqttQualityOfService.AtLeastOnce, Ct);
                Assert.Equal(MqttReasonCode.GrantedQoS1, subscribed.ReasonCodes[0]);
                await subscriber.DisconnectAsync(cancellationToken: Ct);
            }

            await using var publisher = await ConnectAsync(hub, "durability-publisher", MqttProtocolVersion.V500, persistent: false);
            for (var i = 0; i < RetainedCount; i++)
            {
                var result = await publisher.PublishAsync(Message($"durability/retained/{i}", $"r{i}", retain: true), Ct);
                Assert.True(result.IsSuccess, $"Retained {i}: {result.ReasonCode}");
            }

            acknowledged = await StreamUntilStoppedAsync(hub, publisher, kill);
        }

        Assert.True(acknowledged.Count >= AcknowledgedBeforeStop, $"Only {acknowledged.Count} messages were acknowledged.");

        await using (var hub = GatewayProcess.StartInDirectory(_data, HubArguments))
        {
            await WaitForBrokerAsync(hub);
            // The two test clients: the hub's own device link is in-process and holds no session.
            Assert.Contains("Broker state restored: 2 persistent sessions", hub.Output, StringComparison.Ordinal);
            foreach (var (clientId, version) in Subscribers)
            {
                var missing = await MissingAfterReconnectAsync(hub, clientId, version, acknowledged);
                Assert.True(missing.Count == 0,
                    $"{clientId} lacks {missing.Count} of {acknowledged.Count} acknowledged messages, e.g. {string.Join(", ", missing.Take(10))}.{Environment.NewLine}{hub.Output}");
            }

            var retained = await RetainedAsync(hub);
            Assert.Equal(Enumerable.Range(0, RetainedCount).Select(i => $"durability/retained/{i}=r{i}").Order(StringComparer.Ordinal),
                retained.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// Publishes numbered QoS 1 messages with up to 32 in flight, recording every PUBACK; once
    /// <see cref="AcknowledgedBeforeStop"/> have been acknowledged, stops the hub mid-stream.
    /// </summary>
    private static async Task<HashSet<int>> StreamUntilStoppedAsync(GatewayProcess hub, MqttClient publisher, bool kill)
    {
        var acknowledged = new ConcurrentDictionary<int, bool>();
        var failed = 0;
        using var window = new SemaphoreSlim(32);
        var inFlight = new List<Task>();
        var stopped = false;
        var clock = Stopwatch.StartNew();
        for (var i = 0; Volatile.Read(ref failed) == 0 && clock.Elapsed < Eventually.Timeout; i++)
        {
            await window.WaitAsync(Ct);
            var number = i;
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    var result = await publisher.PublishAsync(Message(StreamTopic, number.ToString(CultureInfo.InvariantCulture), retain: false), Ct);
                    if (result.IsSuccess)
                    {
                        acknowledged[number] = true;
                    }
                }
                catch (Exception ex) when (ex is MqttClientDisconnectedException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    Interlocked.Exchange(ref failed, 1);
                }
                finally
                {
                    window.Release();
                }
            }, Ct));

            if (!stopped && acknowledged.Count >= AcknowledgedBeforeStop)
            {
                stopped = true;
                if (kill)
                {
                    hub.Kill();
                }
                else
                {
                    await hub.TerminateAsync(Ct);
                }
            }
        }

        Assert.True(stopped, $"The stream never reached {AcknowledgedBeforeStop} acknowledgements ({acknowledged.Count}).{Environment.NewLine}{hub.Output}");
        var exitCode = await hub.WaitForExitAsync(TimeSpan.FromSeconds(30), Ct);
        if (!kill)
        {
            Assert.True(exitCode == 0, $"Exit code {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"} after SIGTERM.{Environment.NewLine}{hub.Output}");
        }

        await publisher.DisposeAsync(); // fails whatever is still waiting for an acknowledgement
        await Task.WhenAll(inFlight).WaitAsync(TimeSpan.FromSeconds(20), Ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return [.. acknowledged.Keys];
    }

    /// <summary>Resumes the session and collects the stream until every acknowledged number arrived (or time is up); returns those missing.</summary>
    private static async Task<List<int>> MissingAfterReconnectAsync(GatewayProcess hub, string clientId, MqttProtocolVersion version, HashSet<int> acknowledged)
    {
        var received = new ConcurrentDictionary<int, bool>();
        var client = new MqttClient(Options(hub, clientId, version, persistent: true))
        {
            MessageReceived = message =>
            {
                if (message.Topic == StreamTopic)
                {
                    received[int.Parse(Encoding.UTF8.GetString(message.Payload.Span), CultureInfo.InvariantCulture)] = true;
                }

                return ValueTask.CompletedTask;
            },
        };
        await using var _ = client;
        var connected = await client.ConnectAsync(Ct);
        Assert.True(connected.IsSessionPresent, $"{clientId}: no session after the restart.{Environment.NewLine}{hub.Output}");
        var clock = Stopwatch.StartNew();
        while (!acknowledged.All(received.ContainsKey) && clock.Elapsed < Eventually.Timeout)
        {
            await Task.Delay(50, Ct);
        }

        return [.. acknowledged.Where(n => !received.ContainsKey(n)).Order()];
    }

    private static async Task<List<string>> RetainedAsync(GatewayProcess hub)
    {
        var retained = new ConcurrentQueue<string>();
        var client = new MqttClient(Options(hub, "retained-reader", MqttProtocolVersion.V500, persistent: false))
        {
            MessageReceived = message =>
            {
                retained.Enqueue($"{message.Topic}={Encoding.UTF8.GetString(message.Payload.Span)}");
                return ValueTask.CompletedTask;
            },
        };
        await using var _ = client;
        await client.ConnectAsync(Ct);
        await client.SubscribeAsync("durability/retained/#", MqttQualityOfService.AtLeastOnce, Ct);
        var clock = Stopwatch.StartNew();
        while (retained.Count < RetainedCount && clock.Elapsed < Eventually.Timeout)
        {
            await Task.Delay(50, Ct);
        }

        return [.. retained];
    }

    private static async Task WaitForBrokerAsync(GatewayProcess hub)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var probe = await ConnectAsync(hub, "", MqttProtocolVersion.V500, persistent: false);
                return;
            }
            catch (Exception ex) when (ex is MqttClientDisconnectedException or IOException or System.Net.Sockets.SocketException or TimeoutException)
            {
                if (clock.Elapsed > Eventually.Timeout)
                {
                    Assert.Fail($"The hub's broker never accepted a connection.{Environment.NewLine}{hub.Output}");
                }

                await Task.Delay(100, Ct);
            }
        }
    }

    private static async Task<MqttClient> ConnectAsync(GatewayProcess hub, string clientId, MqttProtocolVersion version, bool persistent)
    {
        var client = new MqttClient(Options(hub, clientId, version, persistent));
        try
        {
            await client.ConnectAsync(Ct);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    private static MqttClientOptions Options(GatewayProcess hub, string clientId, MqttProtocolVersion version, bool persistent) => new()
    {
        Host = "127.0.0.1",
        Port = hub.MqttPort,
        ProtocolVersion = version,
        ClientId = clientId,
        CleanStart = !persistent,
        SessionExpiryInterval = persistent && version == MqttProtocolVersion.V500 ? 3600u : null,
        ConnectTimeout = TimeSpan.FromSeconds(15),
    };

    private static MqttApplicationMessage Message(string topic, string payload, bool retain) => new()
    {
        Topic = topic,
        Payload = Encoding.UTF8.GetBytes(payload),
        QualityOfService = MqttQualityOfService.AtLeastOnce,
        Retain = retain,
    };
}

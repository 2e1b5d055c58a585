using System.Net;
using AiotHub.Benchmarks.Load;
using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Packets;
using BenchmarkDotNet.Attributes;

namespace AiotHub.Benchmarks;

/// <summary>
/// The broker's whole routing path for one QoS 0 PUBLISH to one connected subscriber: retained
/// check, subscription match, ACL, per-subscriber queueing and waking the writer (the write to the
/// socket happens on the subscriber connection's own loop). Target: ≤ 64 bytes allocated per message.
/// </summary>
[MemoryDiagnoser]
public class BrokerRouteBenchmarks
{
    private readonly MqttPublishPacket _message = new() { Topic = "bench/a/value", Payload = new byte[16] };
    private MqttBroker? _broker;
    private LoadConnection? _subscriber;
    private CancellationTokenSource? _stop;
    private Task? _drain;

    /// <summary>With an ACL (the RoutingBenchmarks rules), each delivery is checked on its topic (MqttAcl.CanReceive).</summary>
    [Params(false, true)]
    public bool WithAcl { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    [Benchmark]
    public int RouteQos0ToOneSubscriber() => _broker!.Route(_message, null, 0);

    private async Task SetupAsync()
    {
        _broker = new MqttBroker(new MqttBrokerOptions
        {
            Address = IPAddress.Loopback,
            Port = 0,
            MaximumQueuedMessagesPerClient = 100_000,
            Acl = WithAcl
                ? new MqttAcl(
                [
                    new MqttAclRule { Permission = MqttAclPermission.Deny, TopicFilter = "$SYS/#" },
                    new MqttAclRule { Permission = MqttAclPermission.Allow, UserName = "admin", TopicFilter = "#" },
                    new MqttAclRule { Permission = MqttAclPermission.Allow, TopicFilter = "bench/%c/#" },
                    new MqttAclRule { Permission = MqttAclPermission.Allow, TopicFilter = "bench/+/value", Actions = MqttAclActions.Subscribe },
                ])
                : null,
        });
        await _broker.StartAsync(CancellationToken.None);
        _stop = new CancellationTokenSource();
        _subscriber = await LoadConnection.ConnectAsync(_broker.LocalEndPoints[0], "sub", _stop.Token);
        await _subscriber.SubscribeAsync("bench/+/value", 0, _stop.Token);
        _drain = _subscriber.ReceiveLoopAsync(static (_, _) => { }, null, _stop.Token);
    }

    private async Task CleanupAsync()
    {
        await _stop!.CancelAsync();
        await _drain!;
        await _subscriber!.DisposeAsync();
        await _broker!.DisposeAsync();
    }
}

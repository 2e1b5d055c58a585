using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;
using BenchmarkDotNet.Attributes;

namespace AiotHub.Benchmarks;

/// <summary>
/// Routing one PUBLISH: subscription matching, topic validation and the ACL check. Target: at most 64 bytes
/// allocated per routed message (the result list is reused, as the broker's connection loop does).
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private readonly MqttSubscriptionTree<Subscriber> _tree = new();
    private readonly MqttSubscriptionTree<Subscriber> _fanOutTree = new();
    private readonly List<MqttSubscriptionMatch<Subscriber>> _results = new(1024);
    private readonly string _deviceTopic = "site/42/device/4242/state";
    private MqttAcl _acl = MqttAcl.AllowAll;

    [GlobalSetup]
    public void Setup()
    {
        var options = new MqttSubscriptionOptions(MqttQualityOfService.AtLeastOnce, false, false, MqttRetainHandling.SendAtSubscribe, 0);

        // 10,000 subscriptions: one device each, plus wildcard ones the matcher has to walk past.
        for (var i = 0; i < 9_990; i++)
        {
            _tree.Subscribe(new Subscriber(), $"site/{i / 100}/device/{i}/state", options);
        }

        string[] wildcards =
        [
            "site/+/device/+/alarm", "site/+/device/+/battery", "+/x/#", "site/99/#", "site/+/gateway/#",
            "$SYS/#", "audit/#", "site/1/device/+/config", "site/2/+/+/state/#", "other/+",
        ];
        foreach (var filter in wildcards)
        {
            _tree.Subscribe(new Subscriber(), filter, options);
        }

        for (var i = 0; i < 1_000; i++)
        {
            _fanOutTree.Subscribe(new Subscriber(), "alerts/fire", options);
        }

        _acl = new MqttAcl(
        [
            new MqttAclRule { Permission = MqttAclPermission.Deny, TopicFilter = "$SYS/#" },
            new MqttAclRule { Permission = MqttAclPermission.Allow, UserName = "admin", TopicFilter = "#" },
            new MqttAclRule { Permission = MqttAclPermission.Allow, TopicFilter = "site/+/device/%c/#" },
            new MqttAclRule { Permission = MqttAclPermission.Allow, TopicFilter = "alerts/#", Actions = MqttAclActions.Subscribe },
        ]);

        _results.Clear();
        _tree.Match("site/42/device/4242/state", null, _results);
        if (_results.Count != 1)
        {
            throw new InvalidOperationException($"Expected one match, got {_results.Count}.");
        }
    }

    [Benchmark]
    public int MatchOneSubscriberAmongTenThousandSubscriptions()
    {
        _results.Clear();
        _tree.Match(_deviceTopic, null, _results);
        return _results.Count;
    }

    [Benchmark]
    public int MatchOneThousandSubscribersOfOneTopic()
    {
        _results.Clear();
        _fanOutTree.Match("alerts/fire", null, _results);
        return _results.Count;
    }

    [Benchmark]
    public bool ValidateTopicName() => MqttTopic.IsValidTopicName(_deviceTopic);

    [Benchmark]
    public bool CheckPublishAcl() => _acl.CanPublish("bob", "4242", _deviceTopic);

    /// <summary>The check the broker makes per delivery (per matching subscriber) when an ACL is configured.</summary>
    [Benchmark]
    public bool CheckReceiveAcl() => _acl.CanReceive("bob", "4242", _deviceTopic);

    public sealed class Subscriber;
}

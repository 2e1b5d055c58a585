using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Routing;

public sealed class MqttSubscriptionTreeAllocationTests
{
    [Theory]
    [InlineData("site/42/device/4242/state", 1)]
    [InlineData("alerts/fire", 1000)]
    [InlineData("overlap/x", 41)]
    public void MatchAllocatesNothingOnceWarm(string topic, int expectedMatches)
    {
        var tree = new MqttSubscriptionTree<TestSubscriber>();
        var options = MqttSubscriptionTreeTests.Options(MqttQualityOfService.AtLeastOnce, identifier: 1);
        for (var i = 0; i < 5_000; i++)
        {
            tree.Subscribe(new TestSubscriber($"d{i}"), $"site/{i / 100}/device/{i}/state", options);
        }

        tree.Subscribe(new TestSubscriber("w1"), "site/+/device/+/alarm", options);
        tree.Subscribe(new TestSubscriber("w2"), "+/x/#", options);
        for (var i = 0; i < 1_000; i++)
        {
            tree.Subscribe(new TestSubscriber($"a{i}"), "alerts/fire", options);
        }

        // 40 subscribers with three overlapping subscriptions each (and w2 through "+/x/#"): merging past the linear-scan limit.
        for (var i = 0; i < 40; i++)
        {
            var subscriber = new TestSubscriber($"o{i}");
            tree.Subscribe(subscriber, "overlap/+", options);
            tree.Subscribe(subscriber, "overlap/#", options);
            tree.Subscribe(subscriber, "+/x", options);
        }

        var results = new List<MqttSubscriptionMatch<TestSubscriber>>(2048);
        for (var i = 0; i < 100; i++)
        {
            results.Clear();
            tree.Match(topic, null, results);
        }

        // The runtime itself may allocate on this thread now and then (tiering, other tests' work): a window of
        // 1,000 calls with no allocation at all, among a few, shows Match allocates nothing per call.
        var windows = new List<long>();
        for (var window = 0; window < 5 && (windows.Count == 0 || windows[^1] != 0); window++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1_000; i++)
            {
                results.Clear();
                tree.Match(topic, null, results);
            }

            windows.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(expectedMatches, results.Count);
        Assert.True(windows[^1] == 0, $"Bytes allocated per 1,000 matches: {string.Join(", ", windows)}");
    }

    [Fact]
    public void AVeryDeepTreeIsMatchedWithoutRecursion()
    {
        // 30,000 levels: recursion one frame per level could overflow a thread's stack.
        var deepFilter = string.Join('/', Enumerable.Repeat("a", 30_000));
        var tree = new MqttSubscriptionTree<TestSubscriber>();
        var subscriber = new TestSubscriber("deep");
        tree.Subscribe(subscriber, deepFilter, MqttSubscriptionTreeTests.Options(MqttQualityOfService.AtMostOnce));
        tree.Subscribe(subscriber, deepFilter[..^1] + "+", MqttSubscriptionTreeTests.Options(MqttQualityOfService.AtLeastOnce));
        var results = new List<MqttSubscriptionMatch<TestSubscriber>>();

        tree.Match(deepFilter, null, results);

        Assert.Equal(MqttQualityOfService.AtLeastOnce, Assert.Single(results).QualityOfService);
        Assert.True(tree.Unsubscribe(subscriber, deepFilter));
        Assert.True(tree.Unsubscribe(subscriber, deepFilter[..^1] + "+"));
        Assert.Equal(0, tree.Count);
    }
}

using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Routing;

public sealed class MqttSubscriptionTreeConcurrencyTests
{
    private const string Topic = "home/kitchen/temp";

    // Each churning subscriber always uses one filter, so whether it may appear in a match is known.
    private static readonly string[] ChurnFilters =
        ["home/+/temp", "home/kitchen/#", "#", "$share/g/home/#", "other/x", "home/kitchen", "+/+/+"];

    [Fact]
    public async Task ConcurrentMatchesSeeConsistentResultsWhileOthersSubscribeAndUnsubscribe()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var tree = new MqttSubscriptionTree<TestSubscriber>();
        var churners = Enumerable.Range(0, 70).Select(i => new TestSubscriber($"churn{i}")).ToArray();
        var churnerFilter = churners.Select((c, i) => (c, ChurnFilters[i % ChurnFilters.Length])).ToDictionary(x => x.c, x => x.Item2);

        // Churners first, so that removing one moves the stable subscribers' entries about if arrays were edited in place.
        foreach (var churner in churners)
        {
            tree.Subscribe(churner, churnerFilter[churner], MqttSubscriptionTreeTests.Options(MqttQualityOfService.AtMostOnce));
        }

        var stable = Enumerable.Range(0, 20).Select(i => new TestSubscriber($"stable{i}")).ToArray();
        foreach (var subscriber in stable)
        {
            tree.Subscribe(subscriber, "home/+/temp", MqttSubscriptionTreeTests.Options(MqttQualityOfService.AtLeastOnce, identifier: 1));
            tree.Subscribe(subscriber, "home/#", MqttSubscriptionTreeTests.Options(MqttQualityOfService.ExactlyOnce, identifier: 2));
        }

        var stableSet = stable.ToHashSet();
        var initialCount = tree.Count;
        var netAdded = 0;
        var writersDone = 0;
        var violations = new System.Collections.Concurrent.ConcurrentQueue<string>();

        Task Writer(int seed) => Task.Run(
            () =>
            {
                var random = new Random(seed);
                for (var i = 0; i < 50_000; i++)
                {
                    var churner = churners[random.Next(churners.Length)];
                    var filter = churnerFilter[churner];
                    if (random.Next(2) == 0)
                    {
                        var options = MqttSubscriptionTreeTests.Options(MqttQualityOfService.AtMostOnce, identifier: (uint)random.Next(3));
                        if (tree.Subscribe(churner, filter, options))
                        {
                            Interlocked.Increment(ref netAdded);
                        }
                    }
                    else if (tree.Unsubscribe(churner, filter))
                    {
                        Interlocked.Decrement(ref netAdded);
                    }
                }

                Interlocked.Increment(ref writersDone);
            },
            cancellationToken);

        Task Reader() => Task.Run(
            () =>
            {
                var results = new List<MqttSubscriptionMatch<TestSubscriber>>();
                var seen = new HashSet<TestSubscriber>();
                var matches = 0;
                while (Volatile.Read(ref writersDone) < 2 || matches < 1000)
                {
                    results.Clear();
                    seen.Clear();
                    tree.Match(Topic, null, results);
                    matches++;
                    var stableSeen = 0;
                    var shared = 0;
                    foreach (var match in results)
                    {
                        if (match.IsShared)
                        {
                            shared++;
                            continue;
                        }

                        if (!seen.Add(match.Subscriber))
                        {
                            violations.Enqueue($"{match.Subscriber} matched twice");
                        }

                        if (stableSet.Contains(match.Subscriber))
                        {
                            stableSeen++;
                            if (match.QualityOfService != MqttQualityOfService.ExactlyOnce || match.SubscriptionIdentifierCount != 2)
                            {
                                violations.Enqueue($"{match.Subscriber} was not merged");
                            }
                        }
                        else if (!MqttTopic.Matches(churnerFilter[match.Subscriber], Topic))
                        {
                            violations.Enqueue($"{match.Subscriber} matched through {churnerFilter[match.Subscriber]}");
                        }
                    }

                    if (stableSeen != stable.Length || shared > 1)
                    {
                        violations.Enqueue($"{stableSeen} stable and {shared} shared results");
                    }

                    if (!violations.IsEmpty)
                    {
                        return;
                    }
                }
            },
            cancellationToken);

        await Task.WhenAll(Writer(1), Writer(2), Reader(), Reader());

        Assert.Empty(violations);
        Assert.Equal(initialCount + netAdded, tree.Count);

        foreach (var churner in churners)
        {
            tree.Unsubscribe(churner, churnerFilter[churner]);
        }

        Assert.Equal(stable.Length * 2, tree.Count);
        var final = new List<MqttSubscriptionMatch<TestSubscriber>>();
        tree.Match(Topic, null, final);
        Assert.Equal(stableSet, final.Select(m => m.Subscriber).ToHashSet());
        Assert.Equal(stable.Length, final.Count);
    }

    [Fact]
    public async Task ConcurrentPublishersShareTheMessagesOfASharedGroupEvenly()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var tree = new MqttSubscriptionTree<TestSubscriber>();
        var members = Enumerable.Range(0, 4).Select(i => new TestSubscriber($"m{i}")).ToArray();
        foreach (var member in members)
        {
            tree.Subscribe(member, "$share/g/jobs/#", MqttSubscriptionTreeTests.Options(MqttQualityOfService.AtLeastOnce));
        }

        var counts = new int[members.Length];
        Task Publisher() => Task.Run(
            () =>
            {
                var results = new List<MqttSubscriptionMatch<TestSubscriber>>();
                for (var i = 0; i < 10_000; i++)
                {
                    results.Clear();
                    tree.Match("jobs/1", null, results);
                    var match = Assert.Single(results);
                    Interlocked.Increment(ref counts[Array.IndexOf(members, match.Subscriber)]);
                }
            },
            cancellationToken);

        await Task.WhenAll(Publisher(), Publisher(), Publisher(), Publisher());

        // Every turn of the shared counter goes to exactly one member, in order.
        Assert.Equal([10_000, 10_000, 10_000, 10_000], counts);
    }
}

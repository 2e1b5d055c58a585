using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Mqtt.Tests.Routing;

public sealed class MqttSubscriptionTreeTests
{
    private static readonly MqttSubscriptionOptions Qos0 = Options(MqttQualityOfService.AtMostOnce);
    private static readonly MqttSubscriptionOptions Qos1 = Options(MqttQualityOfService.AtLeastOnce);

    private readonly MqttSubscriptionTree<TestSubscriber> _tree = new();
    private readonly TestSubscriber _alice = new("alice");
    private readonly TestSubscriber _bob = new("bob");
    private readonly TestSubscriber _carol = new("carol");

    [Theory]
    [InlineData("sport/tennis/player1", true)]
    [InlineData("sport/tennis/+", true)]
    [InlineData("sport/+/player1", true)]
    [InlineData("+/+/+", true)]
    [InlineData("sport/#", true)]
    [InlineData("sport/tennis/player1/#", true)]
    [InlineData("#", true)]
    [InlineData("sport/tennis", false)]
    [InlineData("sport/tennis/+/+", false)]
    [InlineData("+/+", false)]
    [InlineData("sport/tennis/player2", false)]
    [InlineData("Sport/#", false)]
    public void MatchFindsASubscriptionExactlyWhenItsFilterMatchesTheTopic(string filter, bool expected)
    {
        _tree.Subscribe(_alice, filter, Qos0);

        Assert.Equal(expected, Match("sport/tennis/player1").Count == 1);
    }

    [Theory]
    [InlineData("+/+", "/finance", true)]
    [InlineData("/+", "/finance", true)]
    [InlineData("+", "/finance", false)]
    [InlineData("sport/#", "sport", true)]
    [InlineData("sport/+", "sport", false)]
    [InlineData("sport/+", "sport/", true)]
    [InlineData("#", "$SYS/uptime", false)]
    [InlineData("+/uptime", "$SYS/uptime", false)]
    [InlineData("$SYS/#", "$SYS/uptime", true)]
    [InlineData("$SYS/+", "$SYS/uptime", true)]
    [InlineData("a/+/#", "a/$b", true)]
    public void MatchAppliesEmptyLevelsParentLevelAndDollarRules(string filter, string topic, bool expected)
    {
        _tree.Subscribe(_alice, filter, Qos0);

        Assert.Equal(expected, Match(topic).Count == 1);
    }

    [Fact]
    public void SubscribeReplacesTheSameSubscribersSubscriptionToTheSameFilter()
    {
        Assert.True(_tree.Subscribe(_alice, "a/b", Options(MqttQualityOfService.AtMostOnce, identifier: 1)));
        Assert.False(_tree.Subscribe(_alice, "a/b", Options(MqttQualityOfService.ExactlyOnce, identifier: 7)));

        var match = Assert.Single(Match("a/b"));
        Assert.Equal(MqttQualityOfService.ExactlyOnce, match.QualityOfService);
        Assert.Equal(1, match.SubscriptionIdentifierCount);
        Assert.Equal(7u, match.GetSubscriptionIdentifier(0));
        Assert.Equal(1, _tree.Count);
    }

    [Fact]
    public void UnsubscribeRemovesOnlyThatSubscribersSubscriptionToThatFilter()
    {
        _tree.Subscribe(_alice, "a/+", Qos0);
        _tree.Subscribe(_alice, "a/#", Qos0);
        _tree.Subscribe(_bob, "a/+", Qos0);

        Assert.True(_tree.Unsubscribe(_alice, "a/+"));
        Assert.False(_tree.Unsubscribe(_alice, "a/+"));
        Assert.False(_tree.Unsubscribe(_carol, "a/#"));
        Assert.False(_tree.Unsubscribe(_alice, "a/b/c"));
        Assert.False(_tree.Unsubscribe(_alice, "$share/g/a/#"));

        Assert.Equal(2, _tree.Count);
        Assert.Equal(["alice", "bob"], Match("a/x").Select(m => m.Subscriber.Name).Order());
        Assert.True(_tree.Unsubscribe(_alice, "a/#"));
        Assert.Equal(["bob"], Match("a/x").Select(m => m.Subscriber.Name));
    }

    [Fact]
    public void UnsubscribingEverythingLeavesAnEmptyTreeThatAcceptsNewSubscriptions()
    {
        string[] filters = ["a/b/c", "a/+/c", "a/#", "#", "+", "$share/g/a/b", "a//b"];
        foreach (var filter in filters)
        {
            _tree.Subscribe(_alice, filter, Qos0);
        }

        foreach (var filter in filters)
        {
            Assert.True(_tree.Unsubscribe(_alice, filter));
        }

        Assert.Equal(0, _tree.Count);
        Assert.Empty(Match("a/b/c"));
        Assert.True(_tree.Subscribe(_bob, "a/b/c", Qos0));
        Assert.Single(Match("a/b/c"));
    }

    [Fact]
    public void OverlappingSubscriptionsOfOneSubscriberAreMergedIntoOneMatch()
    {
        _tree.Subscribe(_alice, "home/+/temperature", Options(MqttQualityOfService.AtLeastOnce, identifier: 1));
        _tree.Subscribe(_alice, "home/#", Options(MqttQualityOfService.ExactlyOnce, identifier: 2));
        _tree.Subscribe(_alice, "home/kitchen/temperature", Options(MqttQualityOfService.AtMostOnce, retainAsPublished: true));
        _tree.Subscribe(_bob, "home/kitchen/#", Qos0);

        var matches = Match("home/kitchen/temperature");

        Assert.Equal(2, matches.Count);
        var alice = Assert.Single(matches, m => m.Subscriber == _alice);
        Assert.Equal(MqttQualityOfService.ExactlyOnce, alice.QualityOfService);
        Assert.True(alice.RetainAsPublished);
        Assert.False(alice.IsShared);
        Assert.Equal([1u, 2u], alice.ToSubscriptionIdentifierList()!.Order());
        var bob = Assert.Single(matches, m => m.Subscriber == _bob);
        Assert.Equal(0, bob.SubscriptionIdentifierCount);
        Assert.Null(bob.ToSubscriptionIdentifierList());
        Assert.False(bob.RetainAsPublished);
    }

    [Fact]
    public void AnIdentifierSharedByOverlappingSubscriptionsIsListedOnce()
    {
        // One SUBSCRIBE gives all its filters the same identifier (§3.8.2.1.2).
        _tree.Subscribe(_alice, "a/+", Options(MqttQualityOfService.AtMostOnce, identifier: 5));
        _tree.Subscribe(_alice, "a/#", Options(MqttQualityOfService.AtMostOnce, identifier: 5));
        _tree.Subscribe(_alice, "+/b", Options(MqttQualityOfService.AtMostOnce, identifier: 6));
        _tree.Subscribe(_alice, "#", Options(MqttQualityOfService.AtMostOnce, identifier: 6));

        var match = Assert.Single(Match("a/b"));

        Assert.Equal([5u, 6u], match.ToSubscriptionIdentifierList()!.Order());
    }

    [Fact]
    public void ManySubscribersWithOverlappingSubscriptionsEachGetOneMergedMatch()
    {
        var subscribers = Enumerable.Range(0, 200).Select(i => new TestSubscriber($"s{i}")).ToArray();
        foreach (var (subscriber, i) in subscribers.Select((s, i) => (s, i)))
        {
            _tree.Subscribe(subscriber, "a/+", Options(MqttQualityOfService.AtMostOnce, identifier: 1));
            _tree.Subscribe(subscriber, "a/#", Options(MqttQualityOfService.AtLeastOnce, identifier: 2));
            if (i % 2 == 0)
            {
                _tree.Subscribe(subscriber, "a/b", Options(MqttQualityOfService.ExactlyOnce, identifier: 3));
            }
        }

        for (var repeat = 0; repeat < 3; repeat++)
        {
            var matches = Match("a/b");

            Assert.Equal(200, matches.Count);
            Assert.Equal(200, matches.Select(m => m.Subscriber).Distinct().Count());
            foreach (var match in matches)
            {
                var even = int.Parse(match.Subscriber.Name[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0;
                Assert.Equal(even ? MqttQualityOfService.ExactlyOnce : MqttQualityOfService.AtLeastOnce, match.QualityOfService);
                Assert.Equal(even ? 3 : 2, match.SubscriptionIdentifierCount);
            }
        }
    }

    [Fact]
    public void MatchAppendsToTheListAndDoesNotMergeIntoEarlierEntries()
    {
        _tree.Subscribe(_alice, "a/+", Qos0);
        _tree.Subscribe(_alice, "a/#", Qos1);
        var results = new List<MqttSubscriptionMatch<TestSubscriber>>();

        _tree.Match("a/b", null, results);
        _tree.Match("a/b", null, results);

        Assert.Equal(2, results.Count);
        Assert.All(results, m => Assert.Equal(MqttQualityOfService.AtLeastOnce, m.QualityOfService));
    }

    [Fact]
    public void NoLocalSubscriptionsAreSkippedForTheirOwnPublisherOnly()
    {
        _tree.Subscribe(_alice, "chat/#", Options(MqttQualityOfService.AtMostOnce, noLocal: true));
        _tree.Subscribe(_bob, "chat/#", Options(MqttQualityOfService.AtMostOnce, noLocal: true));

        Assert.Equal(["bob"], Match("chat/room", publisher: _alice).Select(m => m.Subscriber.Name));
        Assert.Equal(2, Match("chat/room", publisher: _carol).Count);
        Assert.Equal(2, Match("chat/room").Count);
    }

    [Fact]
    public void NoLocalSkipsOnlyTheSubscriptionThatHasIt()
    {
        _tree.Subscribe(_alice, "chat/#", Options(MqttQualityOfService.AtLeastOnce, noLocal: true, identifier: 1));
        _tree.Subscribe(_alice, "chat/room", Options(MqttQualityOfService.AtMostOnce, identifier: 2));

        var match = Assert.Single(Match("chat/room", publisher: _alice));

        Assert.Equal(MqttQualityOfService.AtMostOnce, match.QualityOfService);
        Assert.Equal(2u, match.GetSubscriptionIdentifier(0));
    }

    [Fact]
    public void EachMessageGoesToOneMemberOfASharedGroupInTurn()
    {
        _tree.Subscribe(_alice, "$share/workers/jobs/+", Qos0);
        _tree.Subscribe(_bob, "$share/workers/jobs/+", Qos1);
        _tree.Subscribe(_carol, "$share/workers/jobs/+", Qos0);

        var receivers = Enumerable.Range(0, 9).Select(_ => Assert.Single(Match("jobs/1"))).ToList();

        Assert.All(receivers, m => Assert.True(m.IsShared));
        Assert.Equal([3, 3, 3], receivers.GroupBy(m => m.Subscriber).Select(g => g.Count()));
        Assert.Equal(MqttQualityOfService.AtLeastOnce, receivers.First(m => m.Subscriber == _bob).QualityOfService);
    }

    [Fact]
    public void EverySharedGroupAndEveryOrdinarySubscriberGetsTheMessage()
    {
        _tree.Subscribe(_alice, "$share/g1/jobs/#", Options(MqttQualityOfService.AtMostOnce, identifier: 10));
        _tree.Subscribe(_bob, "$share/g1/jobs/#", Qos0);
        _tree.Subscribe(_alice, "$share/g2/jobs/+", Qos0);
        _tree.Subscribe(_alice, "jobs/1", Options(MqttQualityOfService.AtMostOnce, identifier: 11));

        var matches = Match("jobs/1");

        Assert.Equal(3, matches.Count);
        Assert.Single(matches, m => !m.IsShared && m.Subscriber == _alice && m.GetSubscriptionIdentifier(0) == 11);
        Assert.Equal(2, matches.Count(m => m.IsShared));
        Assert.Equal(4, _tree.Count);
    }

    [Fact]
    public void SameShareNameWithDifferentFiltersAreSeparateSharedSubscriptions()
    {
        // §4.8.2: a shared subscription is identified by its share name and its filter.
        _tree.Subscribe(_alice, "$share/g/a/+", Qos0);
        _tree.Subscribe(_bob, "$share/g/a/#", Qos0);

        Assert.Equal(["alice", "bob"], Match("a/b").Select(m => m.Subscriber.Name).Order());
    }

    [Fact]
    public void UnsubscribedSharedMembersReceiveNoMoreAndAnEmptyGroupDisappears()
    {
        _tree.Subscribe(_alice, "$share/g/a", Qos0);
        _tree.Subscribe(_bob, "$share/g/a", Qos0);
        Assert.False(_tree.Subscribe(_bob, "$share/g/a", Qos1));

        Assert.True(_tree.Unsubscribe(_alice, "$share/g/a"));
        Assert.Equal(["bob", "bob", "bob"], Enumerable.Range(0, 3).Select(_ => Assert.Single(Match("a")).Subscriber.Name));
        Assert.True(_tree.Unsubscribe(_bob, "$share/g/a"));
        Assert.Empty(Match("a"));
        Assert.Equal(0, _tree.Count);
    }

    [Fact]
    public void FanOutReachesEveryOneOfAThousandSubscribers()
    {
        var subscribers = Enumerable.Range(0, 1000).Select(i => new TestSubscriber($"s{i}")).ToArray();
        foreach (var subscriber in subscribers)
        {
            _tree.Subscribe(subscriber, "alerts/fire", Qos1);
        }

        var matches = Match("alerts/fire");

        Assert.Equal(subscribers, matches.Select(m => m.Subscriber).Order(Comparer<TestSubscriber>.Create(
            (x, y) => int.Parse(x.Name[1..], System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(int.Parse(y.Name[1..], System.Globalization.CultureInfo.InvariantCulture)))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/#/b")]
    [InlineData("a+")]
    [InlineData("$share/g")]
    public void SubscribeRejectsAnInvalidFilter(string filter) =>
        Assert.Throws<ArgumentException>(() => _tree.Subscribe(_alice, filter, Qos0));

    [Fact]
    public void MatchAgreesWithMqttTopicMatchesForRandomFilterSets()
    {
        var sets = Gen.ArrayOf(MqttTopicPropertyTests.TopicFilters);
        var cases = Gen.Zip(sets, MqttTopicPropertyTests.TopicNames);
        Prop.ForAll(Arb.ToArbitrary(cases), c =>
        {
            var (filters, topic) = c;
            var tree = new MqttSubscriptionTree<TestSubscriber>();
            var subscribers = filters.Select((f, i) => new TestSubscriber($"{i}:{f}")).ToArray();
            for (var i = 0; i < filters.Length; i++)
            {
                tree.Subscribe(subscribers[i], filters[i], Qos0);
            }

            var results = new List<MqttSubscriptionMatch<TestSubscriber>>();
            tree.Match(topic, null, results);
            var expected = subscribers.Where((_, i) => MqttTopic.Matches(filters[i], topic)).ToHashSet();
            return results.Count == expected.Count && results.All(r => expected.Contains(r.Subscriber));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void OptionsAreTakenFromASubscribePacketsTopicFilter()
    {
        var filter = new AiotHub.Mqtt.Packets.MqttTopicFilter
        {
            Topic = "a/#",
            QualityOfService = MqttQualityOfService.ExactlyOnce,
            NoLocal = true,
            RetainAsPublished = true,
            RetainHandling = MqttRetainHandling.DoNotSend,
        };

        var options = MqttSubscriptionOptions.FromTopicFilter(filter, 42);

        Assert.Equal(
            new MqttSubscriptionOptions(MqttQualityOfService.ExactlyOnce, true, true, MqttRetainHandling.DoNotSend, 42),
            options);
    }

    internal static MqttSubscriptionOptions Options(
        MqttQualityOfService qos, bool noLocal = false, bool retainAsPublished = false, uint identifier = 0) =>
        new(qos, noLocal, retainAsPublished, MqttRetainHandling.SendAtSubscribe, identifier);

    private List<MqttSubscriptionMatch<TestSubscriber>> Match(string topic, TestSubscriber? publisher = null)
    {
        var results = new List<MqttSubscriptionMatch<TestSubscriber>>();
        _tree.Match(topic, publisher, results);
        return results;
    }
}

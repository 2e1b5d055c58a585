using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Mqtt.Tests.Routing;

public sealed class MqttRetainedMessageStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(Start);
    private readonly MqttRetainedMessageStore _store;

    public MqttRetainedMessageStoreTests() => _store = new MqttRetainedMessageStore(_clock);

    [Fact]
    public void SetReplacesTheRetainedMessageOfTheSameTopic()
    {
        _store.Set(Message("home/kitchen/temp", "20"), Start);
        _store.Set(Message("home/kitchen/temp", "21"), Start);

        Assert.Equal(1, _store.Count);
        Assert.Equal("21", Payload(Assert.Single(Match("home/kitchen/temp"))));
    }

    [Fact]
    public void AnEmptyPayloadDeletesTheTopicsRetainedMessage()
    {
        _store.Set(Message("a/b", "x"), Start);
        _store.Set(Message("a/b/c", "y"), Start);

        _store.Set(Message("a/b", ""), Start);
        _store.Set(Message("never/stored", ""), Start);

        Assert.Equal(1, _store.Count);
        Assert.Empty(Match("a/b"));
        Assert.Equal(["a/b/c"], Match("#").Select(m => m.Message.Topic));
        _store.Set(Message("a/b/c", ""), Start);
        Assert.Equal(0, _store.Count);
        Assert.Empty(Match("#"));
    }

    [Theory]
    [InlineData("sport/tennis/player1", new[] { "sport/tennis/player1" })]
    [InlineData("sport/tennis/+", new[] { "sport/tennis/player1", "sport/tennis/player2" })]
    [InlineData("sport/#", new[] { "sport", "sport/tennis/player1", "sport/tennis/player2", "sport/tennis/player1/ranking", "sport/" })]
    [InlineData("sport/+", new[] { "sport/" })]
    [InlineData("+", new[] { "sport" })]
    [InlineData("+/+", new[] { "sport/", "/finance" })]
    [InlineData("#", new[] { "sport", "sport/tennis/player1", "sport/tennis/player2", "sport/tennis/player1/ranking", "sport/", "/finance" })]
    [InlineData("$SYS/#", new[] { "$SYS/uptime", "$SYS/clients/connected" })]
    [InlineData("$SYS/+", new[] { "$SYS/uptime" })]
    [InlineData("+/uptime", new string[0])]
    [InlineData("nothing/#", new string[0])]
    [InlineData("$share/g/#", new string[0])]
    public void MatchReturnsTheRetainedMessagesOfMatchingTopicsWithTheDollarRule(string filter, string[] expected)
    {
        string[] topics =
        [
            "sport", "sport/tennis/player1", "sport/tennis/player2", "sport/tennis/player1/ranking", "sport/", "/finance",
            "$SYS/uptime", "$SYS/clients/connected",
        ];
        foreach (var topic in topics)
        {
            _store.Set(Message(topic, "x"), Start);
        }

        Assert.Equal(expected.Order(), Match(filter).Select(m => m.Message.Topic).Order());
    }

    [Fact]
    public void ExpiredMessagesAreNotReturnedAndAreRemoved()
    {
        _store.Set(Message("a/short", "x", expiry: 10), Start);
        _store.Set(Message("a/long", "x", expiry: 100), Start);
        _store.Set(Message("a/forever", "x"), Start);

        _clock.Advance(TimeSpan.FromSeconds(9.5));
        var beforeExpiry = Match("a/+");
        Assert.Equal(3, beforeExpiry.Count);
        Assert.Equal(1u, beforeExpiry.Single(m => m.Message.Topic == "a/short").GetRemainingExpiryInterval(_clock.GetUtcNow()));
        Assert.Equal(91u, beforeExpiry.Single(m => m.Message.Topic == "a/long").GetRemainingExpiryInterval(_clock.GetUtcNow()));
        Assert.Null(beforeExpiry.Single(m => m.Message.Topic == "a/forever").GetRemainingExpiryInterval(_clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.Equal(["a/forever", "a/long"], Match("a/+").Select(m => m.Message.Topic).Order());
        Assert.Empty(Match("a/short"));
        Assert.Equal(2, _store.Count);
    }

    [Fact]
    public void ReceivedAtIsKeptSoTheRemainingIntervalCanBeComputed()
    {
        var receivedAt = Start.AddSeconds(-30);
        _store.Set(Message("a", "x", expiry: 60), receivedAt);

        var retained = Assert.Single(Match("a"));

        Assert.Equal(receivedAt, retained.ReceivedAt);
        Assert.Equal(30u, retained.GetRemainingExpiryInterval(_clock.GetUtcNow()));
        Assert.Equal(receivedAt.AddSeconds(60), retained.ExpiresAt);
    }

    [Fact]
    public void SnapshotHoldsEveryUnexpiredMessageAndRemoveExpiredPurgesTheRest()
    {
        _store.Set(Message("a", "1", expiry: 5), Start);
        _store.Set(Message("b/c", "2"), Start);
        _store.Set(Message("$SYS/d", "3"), Start);
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(["$SYS/d", "b/c"], _store.GetSnapshot().Select(m => m.Message.Topic).Order());
        Assert.Equal(3, _store.Count);
        Assert.Equal(1, _store.RemoveExpired());
        Assert.Equal(2, _store.Count);
        Assert.Null(_store.Get("a"));
        Assert.Equal("2", Payload(_store.Get("b/c")!));
    }

    [Fact]
    public void MessagesListOverloadReturnsTheApplicationMessages()
    {
        var message = Message("x/y", "1");
        _store.Set(message, Start);
        var results = new List<MqttApplicationMessage>();

        _store.Match("x/#", results);

        Assert.Same(message, Assert.Single(results));
    }

    [Fact]
    public void AVeryDeepTopicIsMatchedWithoutRecursion()
    {
        // 30,000 levels: recursion one frame per level could overflow a thread's stack.
        var deep = string.Join('/', Enumerable.Repeat("a", 30_000));
        _store.Set(Message(deep, "x"), Start);

        Assert.Single(Match("#"));
        Assert.Single(Match(deep));
        Assert.Single(Match(deep[..^1] + "+"));
        Assert.Single(Match("a/#"));
        _store.Set(Message(deep, ""), Start);
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public void SetRejectsAnInvalidTopicName() =>
        Assert.Throws<ArgumentException>(() => _store.Set(Message("a/+", "x"), Start));

    [Fact]
    public void MatchAgreesWithMqttTopicMatchesForRandomStores()
    {
        var cases = Gen.Zip(Gen.ArrayOf(MqttTopicPropertyTests.TopicNames), MqttTopicPropertyTests.TopicFilters);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (topics, filter) = c;
            var store = new MqttRetainedMessageStore(TimeProvider.System);
            foreach (var topic in topics)
            {
                store.Set(Message(topic, "x"), DateTimeOffset.UtcNow);
            }

            var results = new List<MqttRetainedMessage>();
            store.Match(filter, results);
            var expected = topics.Distinct().Where(t => MqttTopic.Matches(filter, t)).Order();
            return expected.SequenceEqual(results.Select(r => r.Message.Topic).Order());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public async Task ConcurrentSettersAndMatchersLeaveOneMessagePerTopic()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var store = new MqttRetainedMessageStore(TimeProvider.System);
        var tasks = Enumerable.Range(0, 4).Select(t => Task.Run(
            () =>
            {
                var results = new List<MqttRetainedMessage>();
                for (var i = 0; i < 5_000; i++)
                {
                    var topic = $"dev/{i % 50}/state";
                    store.Set(Message(topic, i % 7 == 0 ? "" : "on"), DateTimeOffset.UtcNow);
                    results.Clear();
                    store.Match("dev/+/state", results);
                    Assert.Equal(results.Count, results.Select(r => r.Message.Topic).Distinct().Count());
                }
            },
            cancellationToken));

        await Task.WhenAll(tasks);

        var all = new List<MqttRetainedMessage>();
        store.Match("#", all);
        Assert.Equal(store.Count, all.Count);
        Assert.Equal(store.Count, store.GetSnapshot().Count);
    }

    internal static MqttApplicationMessage Message(string topic, string payload, uint? expiry = null) => new()
    {
        Topic = topic,
        Payload = System.Text.Encoding.UTF8.GetBytes(payload),
        Retain = true,
        MessageExpiryInterval = expiry,
    };

    private static string Payload(MqttRetainedMessage retained) => System.Text.Encoding.UTF8.GetString(retained.Message.Payload.Span);

    private List<MqttRetainedMessage> Match(string filter)
    {
        var results = new List<MqttRetainedMessage>();
        _store.Match(filter, results);
        return results;
    }
}

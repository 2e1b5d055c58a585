using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Routing;

public sealed class MqttTopicTests
{
    [Theory]
    [InlineData("sport/tennis/player1")]
    [InlineData("/")]
    [InlineData("/finance")]
    [InlineData("sport/")]
    [InlineData("$SYS/broker/uptime")]
    [InlineData(" ")]
    [InlineData("ACCOUNTS/accounts")]
    [InlineData("température/salon")]
    public void IsValidTopicNameAcceptsNamesOfSection471(string topic) => Assert.True(MqttTopic.IsValidTopicName(topic));

    [Theory]
    [InlineData("")]
    [InlineData("sport/+")]
    [InlineData("sport/#")]
    [InlineData("sport+")]
    [InlineData("#")]
    [InlineData("a\0b")]
    public void IsValidTopicNameRejectsEmptyWildcardsAndNul(string topic) => Assert.False(MqttTopic.IsValidTopicName(topic));

    [Fact]
    public void IsValidTopicNameRejectsNullString() => Assert.False(MqttTopic.IsValidTopicName(null!));

    [Fact]
    public void IsValidTopicNameAcceptsExactly65535BytesAndRejectsOneMore()
    {
        Assert.True(MqttTopic.IsValidTopicName(new string('a', 65535)));
        Assert.False(MqttTopic.IsValidTopicName(new string('a', 65536)));
    }

    [Fact]
    public void IsValidTopicNameCountsUtf8BytesNotChars()
    {
        // 'é' is two UTF-8 bytes: 32,768 of them are 65,536 bytes.
        Assert.True(MqttTopic.IsValidTopicName(new string('é', 32767)));
        Assert.False(MqttTopic.IsValidTopicName(new string('é', 32768)));
        Assert.False(MqttTopic.IsValidTopicName(new string('€', 21846)));
        Assert.True(MqttTopic.IsValidTopicName(new string('€', 21845)));
    }

    [Theory]
    [InlineData("#")]
    [InlineData("+")]
    [InlineData("sport/tennis/#")]
    [InlineData("sport/#")]
    [InlineData("+/tennis/#")]
    [InlineData("sport/+/player1")]
    [InlineData("+/+")]
    [InlineData("/+")]
    [InlineData("+/")]
    [InlineData("//")]
    [InlineData("$SYS/#")]
    [InlineData("$share/group/sport/#")]
    [InlineData("$share/g/+")]
    [InlineData("$share/g//")]
    [InlineData("$sharefoo/#")]
    public void IsValidTopicFilterAcceptsFiltersOfSection47(string filter) => Assert.True(MqttTopic.IsValidTopicFilter(filter));

    [Theory]
    [InlineData("")]
    [InlineData("sport/tennis#")]
    [InlineData("sport/tennis/#/ranking")]
    [InlineData("sport+")]
    [InlineData("sport/+tennis")]
    [InlineData("##")]
    [InlineData("#/")]
    [InlineData("++")]
    [InlineData("a\0")]
    [InlineData("$share/")]
    [InlineData("$share/group")]
    [InlineData("$share//sport")]
    [InlineData("$share/group/")]
    [InlineData("$share/gr+oup/sport")]
    [InlineData("$share/gr#oup/sport")]
    [InlineData("$share/group/sport/#/x")]
    public void IsValidTopicFilterRejectsMisplacedWildcardsAndMalformedSharedFilters(string filter) =>
        Assert.False(MqttTopic.IsValidTopicFilter(filter));

    [Fact]
    public void IsValidTopicFilterRejectsMoreThan65535Bytes()
    {
        Assert.True(MqttTopic.IsValidTopicFilter(new string('a', 65535)));
        Assert.False(MqttTopic.IsValidTopicFilter(new string('a', 65536)));
        Assert.False(MqttTopic.IsValidTopicFilter(new string('é', 32768)));
    }

    // §4.7.1.2
    [Theory]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1", true)]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1/ranking", true)]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1/score/wimbledon", true)]
    [InlineData("sport/#", "sport", true)]
    [InlineData("#", "sport/tennis", true)]
    [InlineData("#", "/", true)]
    [InlineData("sport/#", "sport/", true)]
    [InlineData("sport/#", "sports", false)]
    [InlineData("sport/tennis/#", "sport", false)]
    // §4.7.1.3
    [InlineData("sport/tennis/+", "sport/tennis/player1", true)]
    [InlineData("sport/tennis/+", "sport/tennis/player2", true)]
    [InlineData("sport/tennis/+", "sport/tennis/player1/ranking", false)]
    [InlineData("sport/+", "sport", false)]
    [InlineData("sport/+", "sport/", true)]
    [InlineData("+/+", "/finance", true)]
    [InlineData("/+", "/finance", true)]
    [InlineData("+", "/finance", false)]
    [InlineData("+/tennis/#", "sport/tennis/player1", true)]
    [InlineData("sport/+/player1", "sport/tennis/player1", true)]
    [InlineData("+", "", true)]
    [InlineData("+/+/+", "a//b", true)]
    // Literal levels are case sensitive and exact (§4.7.3).
    [InlineData("ACCOUNTS", "accounts", false)]
    [InlineData("a/b", "a/b/", false)]
    [InlineData("a/b/", "a/b", false)]
    [InlineData("/", "/", true)]
    [InlineData("a/b", "a/b", true)]
    // §4.7.2
    [InlineData("#", "$SYS/broker/uptime", false)]
    [InlineData("+/monitor/Clients", "$SYS/monitor/Clients", false)]
    [InlineData("$SYS/#", "$SYS/monitor/Clients", true)]
    [InlineData("$SYS/monitor/+", "$SYS/monitor/Clients", true)]
    [InlineData("a/#", "a/$b", true)]
    [InlineData("+/$b", "a/$b", true)]
    // Shared filters match on the inner filter (§4.8.2).
    [InlineData("$share/g/sport/#", "sport/tennis", true)]
    [InlineData("$share/g/#", "$SYS/x", false)]
    [InlineData("$share/g/other", "sport", false)]
    public void MatchesFollowsTheExamplesOfSections471And472(string filter, string topic, bool expected) =>
        Assert.Equal(expected, MqttTopic.Matches(filter, topic));

    [Fact]
    public void TryParseSharedSubscriptionSplitsGroupAndInnerFilter()
    {
        Assert.True(MqttTopic.TryParseSharedSubscription("$share/consumer1/sport/tennis/+", out var group, out var inner));
        Assert.Equal("consumer1", group);
        Assert.Equal("sport/tennis/+", inner);
    }

    [Theory]
    [InlineData("sport/#")]
    [InlineData("$SYS/#")]
    [InlineData("$share/group")]
    [InlineData("$sharegroup/x")]
    public void TryParseSharedSubscriptionReturnsFalseForOrdinaryOrUnsplittableFilters(string filter)
    {
        Assert.False(MqttTopic.TryParseSharedSubscription(filter, out var group, out var inner));
        Assert.Equal(string.Empty, group);
        Assert.Equal(string.Empty, inner);
    }
}

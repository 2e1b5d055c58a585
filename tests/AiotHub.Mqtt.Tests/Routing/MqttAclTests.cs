using AiotHub.Mqtt.Broker;
using AiotHub.Mqtt.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Mqtt.Tests.Routing;

public sealed class MqttAclTests
{
    private static readonly string[] UniverseLevels = ["a", "b", "$a", "ab", "", "z", "$z"];

    // Every topic of up to five levels over the generators' levels plus fresh ones: enough to find a topic telling
    // two generated filters apart whenever one exists.
    private static readonly Lazy<string[]> Universe = new(() =>
    {
        var topics = new List<string>();
        var current = UniverseLevels.ToList();
        for (var length = 1; length <= 5; length++)
        {
            topics.AddRange(current);
            current = [.. current.SelectMany(prefix => UniverseLevels.Select(level => prefix + "/" + level))];
        }

        return [.. topics.Where(t => t.Length > 0)];
    });

    [Fact]
    public void WithoutRulesEverythingIsAllowed()
    {
        Assert.True(MqttAcl.AllowAll.CanPublish(null, "c1", "any/topic"));
        Assert.True(MqttAcl.AllowAll.CanSubscribe("u", "c1", "#"));
        Assert.Equal(MqttAclPermission.Allow, new MqttAcl([]).DefaultPermission);
    }

    [Fact]
    public void WithRulesTheDefaultIsDenyUnlessConfigured()
    {
        var acl = new MqttAcl([Rule(MqttAclPermission.Allow, "public/#")]);
        Assert.True(acl.CanPublish(null, "c", "public/x"));
        Assert.False(acl.CanPublish(null, "c", "private/x"));

        var permissive = new MqttAcl([Rule(MqttAclPermission.Deny, "private/#")], MqttAclPermission.Allow);
        Assert.True(permissive.CanPublish(null, "c", "public/x"));
        Assert.False(permissive.CanPublish(null, "c", "private/x"));
    }

    [Fact]
    public void TheFirstApplicableRuleWins()
    {
        var acl = new MqttAcl(
        [
            Rule(MqttAclPermission.Deny, "home/alarm/#"),
            Rule(MqttAclPermission.Allow, "home/#"),
            Rule(MqttAclPermission.Deny, "home/lights/#"),
        ]);

        Assert.False(acl.CanPublish(null, "c", "home/alarm/arm"));
        Assert.True(acl.CanPublish(null, "c", "home/lights/kitchen"));
        Assert.False(acl.CanPublish(null, "c", "garden/pump"));
    }

    [Fact]
    public void RulesApplyOnlyToTheirUserNameClientIdAndActions()
    {
        var acl = new MqttAcl(
        [
            Rule(MqttAclPermission.Allow, "admin/#", userName: "admin"),
            Rule(MqttAclPermission.Allow, "sensors/#", clientId: "sensor-1", actions: MqttAclActions.Publish),
            Rule(MqttAclPermission.Allow, "sensors/#", actions: MqttAclActions.Subscribe),
        ]);

        Assert.True(acl.CanPublish("admin", "any", "admin/restart"));
        Assert.False(acl.CanPublish("bob", "any", "admin/restart"));
        Assert.False(acl.CanPublish(null, "any", "admin/restart"));
        Assert.True(acl.CanPublish(null, "sensor-1", "sensors/t"));
        Assert.False(acl.CanPublish(null, "sensor-2", "sensors/t"));
        Assert.True(acl.CanSubscribe(null, "sensor-2", "sensors/+"));
    }

    [Fact]
    public void PatternsAreReplacedByTheUserNameAndClientId()
    {
        var acl = new MqttAcl(
        [
            Rule(MqttAclPermission.Allow, "devices/%c/#"),
            Rule(MqttAclPermission.Allow, "users/%u/inbox"),
            Rule(MqttAclPermission.Allow, "mixed/u-%u-c-%c/100%"),
        ]);

        Assert.True(acl.CanPublish("bob", "lamp1", "devices/lamp1/state"));
        Assert.True(acl.CanPublish("bob", "lamp1", "devices/lamp1"));
        Assert.False(acl.CanPublish("bob", "lamp1", "devices/lamp2/state"));
        Assert.True(acl.CanSubscribe("bob", "lamp1", "devices/lamp1/+"));
        Assert.False(acl.CanSubscribe("bob", "lamp1", "devices/lamp2/+"));
        Assert.True(acl.CanSubscribe("bob", "lamp1", "devices/+/state")); // granted; each message is checked:
        Assert.True(acl.CanReceive("bob", "lamp1", "devices/lamp1/state"));
        Assert.False(acl.CanReceive("bob", "lamp1", "devices/lamp2/state"));
        Assert.True(acl.CanPublish("bob", "x", "users/bob/inbox"));
        Assert.False(acl.CanPublish("alice", "x", "users/bob/inbox"));
        Assert.False(acl.CanPublish(null, "x", "users//inbox"));
        Assert.True(acl.CanPublish("bob", "x", "mixed/u-bob-c-x/100%"));
        Assert.False(acl.CanPublish("bob", "x", "mixed/u-bob-c-y/100%"));
    }

    [Fact]
    public void APatternValueWithTopicSeparatorsOrWildcardsCannotWidenAccess()
    {
        var acl = new MqttAcl(
        [
            Rule(MqttAclPermission.Deny, "vault/%u/#"),
            Rule(MqttAclPermission.Allow, "devices/%c/#"),
            Rule(MqttAclPermission.Allow, "open/#"),
        ]);

        Assert.False(acl.CanPublish(null, "lamp1/../lamp2", "devices/lamp1/x"));
        Assert.False(acl.CanSubscribe(null, "+", "devices/+/state"));
        Assert.False(acl.CanSubscribe(null, "#", "devices/#"));
        Assert.True(acl.CanPublish("ok", "c", "open/x"));
        Assert.False(acl.CanPublish("a/b", "c", "open/x"));
    }

    [Theory]
    [InlineData("home/#", "home/+/temp", true)]
    [InlineData("home/#", "home/#", true)]
    [InlineData("home/#", "home", true)]
    [InlineData("home/#", "#", true)]
    [InlineData("home/#", "garden/+", false)]
    [InlineData("home/+", "home/#", true)]
    [InlineData("home/+", "home/+", true)]
    [InlineData("home/+", "home/kitchen", true)]
    [InlineData("home/kitchen", "home/+", true)]
    [InlineData("home/kitchen", "home/garden", false)]
    [InlineData("home/kitchen", "home/kitchen/+", false)]
    [InlineData("+/#", "#", true)]
    [InlineData("#", "+/#", true)]
    [InlineData("+/+/#", "+/#", true)]
    [InlineData("#", "$SYS/#", false)]
    [InlineData("+/#", "$SYS/uptime", false)]
    [InlineData("$SYS/#", "$SYS/+", true)]
    [InlineData("$SYS/#", "#", false)]
    [InlineData("#", "a//b", true)]
    [InlineData("+/+", "/finance", true)]
    [InlineData("home/kitchen/temp", "home/kitchen/temp", true)]
    [InlineData("/+/#", "/#", true)]
    [InlineData("+/+/#", "/#", true)]
    [InlineData("+/+/#", "a/#", true)]
    [InlineData("/", "+", false)]
    public void AnAllowRuleAdmitsASubscriptionWhenItsFilterSharesATopicWithIt(string ruleFilter, string requested, bool expected)
    {
        var acl = new MqttAcl([Rule(MqttAclPermission.Allow, ruleFilter)]);

        Assert.Equal(expected, acl.CanSubscribe(null, "c", requested));
    }

    [Theory]
    [InlineData("home/secret/#", "#", true)]
    [InlineData("home/secret/#", "home/+/temp", true)]
    [InlineData("home/secret/#", "home/kitchen/#", true)]
    [InlineData("home/secret/#", "home/secret", false)]
    [InlineData("home/secret/#", "home/secret/+", false)]
    [InlineData("home/secret/#", "home/secret/#", false)]
    [InlineData("home/secret/+", "home/secret", true)]
    [InlineData("test/nosubscribe", "#", true)]
    [InlineData("test/nosubscribe", "+/+", true)]
    [InlineData("test/nosubscribe", "test/nosubscribe", false)]
    [InlineData("#", "+/+", false)]
    [InlineData("#", "$SYS/x", true)]
    [InlineData("$SYS/#", "#", true)]
    [InlineData("+/x", "$SYS/x", true)]
    [InlineData("/#", "+", true)]
    [InlineData("/#", "+/#", true)]
    [InlineData("/", "+/+", true)]
    public void ADenyRuleRefusesOnlyASubscriptionAllOfWhoseTopicsItDenies(string denied, string requested, bool expected)
    {
        var acl = new MqttAcl([Rule(MqttAclPermission.Deny, denied)], MqttAclPermission.Allow);

        Assert.Equal(expected, acl.CanSubscribe(null, "c", requested));
    }

    [Fact]
    public void SharedSubscriptionsAreCheckedOnTheirInnerFilter()
    {
        var acl = new MqttAcl([Rule(MqttAclPermission.Allow, "jobs/#")]);

        Assert.True(acl.CanSubscribe(null, "c", "$share/workers/jobs/+"));
        Assert.False(acl.CanSubscribe(null, "c", "$share/workers/other/+"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/#/b")]
    [InlineData("a+")]
    [InlineData("$share/g/a")]
    [InlineData("%u+/x")]
    public void ARuleWithAnInvalidFilterIsRejectedWhenTheAclIsBuilt(string filter) =>
        Assert.Throws<ArgumentException>(() => new MqttAcl([Rule(MqttAclPermission.Allow, filter)]));

    [Fact]
    public void AnAllowRuleAdmitsExactlyTheFiltersThatShareATopicWithIt()
    {
        var pairs = Gen.Zip(MqttTopicPropertyTests.TopicFilters, MqttTopicPropertyTests.TopicFilters).ToArbitrary();
        Prop.ForAll(pairs, pair =>
        {
            var (rule, requested) = pair;
            var acl = new MqttAcl([Rule(MqttAclPermission.Allow, rule)]);

            // "" is no topic name (§4.7.3), so "/#" and "+" share no topic.
            var intersects = Universe.Value.Any(t => MqttTopic.Matches(requested, t) && MqttTopic.Matches(rule, t));
            return acl.CanSubscribe(null, "c", requested) == intersects;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void ADenyRuleRefusesExactlyTheFiltersEveryTopicOfWhichItMatches()
    {
        var pairs = Gen.Zip(MqttTopicPropertyTests.TopicFilters, MqttTopicPropertyTests.TopicFilters).ToArbitrary();
        Prop.ForAll(pairs, pair =>
        {
            var (rule, requested) = pair;
            var acl = new MqttAcl([Rule(MqttAclPermission.Deny, rule)], MqttAclPermission.Allow);
            var covers = Universe.Value.All(t => !MqttTopic.Matches(requested, t) || MqttTopic.Matches(rule, t));
            return acl.CanSubscribe(null, "c", requested) == !covers;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void ARefusedSubscriptionCouldHaveReceivedNothingAndAGrantedOneSomething()
    {
        // Up to four rules of either kind and either default: refusing is exact (nothing readable is lost); granting
        // may be generous (several Deny rules together covering the filter), which per-message checks make harmless.
        var rule = Gen.Zip(MqttTopicPropertyTests.TopicFilters, Gen.Elements(MqttAclPermission.Allow, MqttAclPermission.Deny));
        var rules = Gen.ListOf(rule).Where(r => r.Count is >= 1 and <= 4);
        var cases = Gen.Zip(Gen.Zip(rules, MqttTopicPropertyTests.TopicFilters), Gen.Elements(MqttAclPermission.Allow, MqttAclPermission.Deny))
            .ToArbitrary();
        Prop.ForAll(cases, sample =>
        {
            var ((list, requested), fallback) = sample;
            var acl = new MqttAcl(list.Select(r => Rule(r.Item2, r.Item1)), fallback);
            var readable = Universe.Value.Any(t => MqttTopic.Matches(requested, t) && acl.CanReceive(null, "c", t));
            return !readable ? true : acl.CanSubscribe(null, "c", requested);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void OneDenyRuleWithholdsItsTopicFromWildcardSubscribersInsteadOfRefusingThem()
    {
        var acl = new MqttAcl([Rule(MqttAclPermission.Deny, "test/nosubscribe")], MqttAclPermission.Allow);

        Assert.True(acl.CanSubscribe(null, "c", "#"));
        Assert.True(acl.CanSubscribe(null, "c", "+/+"));
        Assert.False(acl.CanSubscribe(null, "c", "test/nosubscribe"));
        Assert.False(acl.CanReceive(null, "c", "test/nosubscribe"));
        Assert.True(acl.CanReceive(null, "c", "test/other"));
    }

    [Fact]
    public void ReceivingFollowsTheRulesForSubscribeAndPublishingThoseForPublish()
    {
        var acl = new MqttAcl(
        [
            Rule(MqttAclPermission.Allow, "alerts/#", actions: MqttAclActions.Subscribe),
            Rule(MqttAclPermission.Allow, "reports/#", actions: MqttAclActions.Publish),
        ]);

        Assert.True(acl.CanReceive(null, "c", "alerts/fire"));
        Assert.False(acl.CanPublish(null, "c", "alerts/fire"));
        Assert.False(acl.CanReceive(null, "c", "reports/x"));
        Assert.True(acl.CanPublish(null, "c", "reports/x"));
    }

    [Fact]
    public void PublishingAndReceivingAreAllowedExactlyWhenTheRuleMatchesTheTopic()
    {
        var pairs = Gen.Zip(MqttTopicPropertyTests.TopicFilters, MqttTopicPropertyTests.TopicNames).ToArbitrary();
        Prop.ForAll(pairs, pair =>
        {
            var (rule, topic) = pair;
            var allow = new MqttAcl([Rule(MqttAclPermission.Allow, rule)]);
            var deny = new MqttAcl([Rule(MqttAclPermission.Deny, rule)], MqttAclPermission.Allow);
            var matches = MqttTopic.Matches(rule, topic);
            return allow.CanPublish(null, "c", topic) == matches && deny.CanPublish(null, "c", topic) == !matches &&
                   allow.CanReceive(null, "c", topic) == matches && deny.CanReceive(null, "c", topic) == !matches;
        }).QuickCheckThrowOnFailure();
    }

    private static MqttAclRule Rule(
        MqttAclPermission permission, string filter, string? userName = null, string? clientId = null,
        MqttAclActions actions = MqttAclActions.Both) => new()
        {
            Permission = permission,
            TopicFilter = filter,
            UserName = userName,
            ClientId = clientId,
            Actions = actions,
        };
}

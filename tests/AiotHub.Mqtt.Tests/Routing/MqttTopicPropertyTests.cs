using System.Text.RegularExpressions;
using AiotHub.Mqtt.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Mqtt.Tests.Routing;

public sealed class MqttTopicPropertyTests
{
    private static readonly string[] TopicLevels = ["a", "b", "$a", "ab", ""];
    private static readonly string[] FilterLevels = ["a", "b", "$a", "ab", "", "+"];

    internal static Gen<string> TopicNames { get; } =
        from count in Gen.Choose(1, 4)
        from levels in Gen.ArrayOf(Gen.Elements(TopicLevels), count)
        let name = string.Join('/', levels)
        select name.Length == 0 ? "a" : name;

    internal static Gen<string> TopicFilters { get; } =
        from count in Gen.Choose(1, 4)
        from levels in Gen.ArrayOf(Gen.Elements(FilterLevels), count)
        from endsWithHash in Gen.Elements(true, false)
        let filter = endsWithHash ? string.Join('/', [.. levels[..^1], "#"]) : string.Join('/', levels)
        select filter.Length == 0 ? "a" : filter;

    [Fact]
    public void MatchesAgreesWithARegularExpressionReference()
    {
        var pairs = Gen.Zip(TopicFilters, TopicNames).ToArbitrary();
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(2000),
            Prop.ForAll(pairs, pair => MqttTopic.Matches(pair.Item1, pair.Item2) == ReferenceMatches(pair.Item1, pair.Item2)));
    }

    [Fact]
    public void GeneratedFiltersAreValidAndGeneratedNamesAreValid()
    {
        Prop.ForAll(TopicFilters.ToArbitrary(), MqttTopic.IsValidTopicFilter).QuickCheckThrowOnFailure();
        Prop.ForAll(TopicNames.ToArbitrary(), MqttTopic.IsValidTopicName).QuickCheckThrowOnFailure();
    }

    /// <summary>An independent reading of §4.7: '+' is "[^/]*", a trailing "/#" is "(/.*)?", "#" alone is ".*".</summary>
    internal static bool ReferenceMatches(string filter, string topic)
    {
        if (topic.StartsWith('$') && (filter.StartsWith('+') || filter.StartsWith('#')))
        {
            return false;
        }

        var levels = filter.Split('/');
        var hasHash = levels[^1] == "#";
        var literalLevels = hasHash ? levels[..^1] : levels;
        var body = string.Join("/", literalLevels.Select(l => l == "+" ? "[^/]*" : Regex.Escape(l)));
        var pattern = !hasHash ? body : literalLevels.Length == 0 ? ".*" : body + "(/.*)?";
        return Regex.IsMatch(topic, "^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}

using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>An <see cref="MqttAclRule"/> split into filter levels once, so checks walk spans and allocate nothing.</summary>
/// <remarks>
/// A filter is a sequence of levels (literal or '+') optionally followed by '#', which stands for zero or more
/// further levels; a topic has at least one level. Covering and intersecting follow from that, plus the '$' rule
/// (§4.7.2): a filter whose first level is a wildcard matches no topic whose first level starts with '$'.
/// </remarks>
internal sealed class MqttAclCompiledRule
{
    private static readonly System.Buffers.SearchValues<char> UnsafeSubstitutionChars =
        System.Buffers.SearchValues.Create("/+#");

    private readonly string[] _levels;      // Without the trailing '#'.
    private readonly bool[] _patterned;     // Level contains %u or %c.
    private readonly bool _endsWithHash;
    private readonly bool _usesUserName;
    private readonly bool _usesClientId;

    private MqttAclCompiledRule(MqttAclRule rule, string[] levels, bool endsWithHash)
    {
        Permission = rule.Permission;
        UserName = rule.UserName;
        ClientId = rule.ClientId;
        Actions = rule.Actions;
        _levels = levels;
        _endsWithHash = endsWithHash;
        _patterned = [.. levels.Select(l => l.Contains("%u", StringComparison.Ordinal) || l.Contains("%c", StringComparison.Ordinal))];
        _usesUserName = rule.TopicFilter.Contains("%u", StringComparison.Ordinal);
        _usesClientId = rule.TopicFilter.Contains("%c", StringComparison.Ordinal);
    }

    public MqttAclPermission Permission { get; }

    public string? UserName { get; }

    public string? ClientId { get; }

    public MqttAclActions Actions { get; }

    public static MqttAclCompiledRule Compile(MqttAclRule rule, int index)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var filter = rule.TopicFilter;
        var asFilter = filter?.Replace("%u", "u", StringComparison.Ordinal).Replace("%c", "c", StringComparison.Ordinal);
        if (asFilter is null || !MqttTopic.IsValidTopicFilter(asFilter) ||
            asFilter.StartsWith(MqttTopic.SharedSubscriptionPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"ACL rule {index}: '{filter}' is not a valid topic filter (MQTT 5.0 §4.7).", nameof(rule));
        }

        var levels = filter!.Split('/');
        var endsWithHash = levels[^1] == "#";
        return new MqttAclCompiledRule(rule, endsWithHash ? levels[..^1] : levels, endsWithHash);
    }

    public bool AppliesTo(string? userName, string clientId, MqttAclActions action) =>
        (Actions & action) != 0 &&
        (UserName is null || string.Equals(UserName, userName, StringComparison.Ordinal)) &&
        (ClientId is null || string.Equals(ClientId, clientId, StringComparison.Ordinal)) &&
        (!_usesUserName || userName is not null);

    /// <summary>Whether every topic <paramref name="filter"/> matches, this rule matches; for a topic name, whether it matches.</summary>
    public bool Covers(ReadOnlySpan<char> filter, string? userName, string clientId)
    {
        if (HasUnsafeSubstitution(userName, clientId))
        {
            return Permission == MqttAclPermission.Deny;
        }

        Shape(filter, out var n, out var filterHash);
        var m = _levels.Length;
        var filterFirstWildcard = n == 0 || filter.StartsWith("+/") || filter is "+";
        var ruleFirstWildcard = m == 0 || _levels[0] == "+";
        if (ruleFirstWildcard && !filterFirstWildcard && filter.StartsWith('$'))
        {
            return false;
        }

        // Lengths: the filter matches exactly n levels, or at least max(n, 1) with '#'; so does the rule with m.
        // "/#" matches "" as its parent level, which is no topic name (§4.7.3): its topics have two levels or more.
        var filterMinimum = filterHash && n == 1 && filter.StartsWith('/') ? 2 : Math.Max(n, 1);
        if (!filterHash ? (!_endsWithHash ? m != n : Math.Max(m, 1) > n) : !_endsWithHash || Math.Max(m, 1) > filterMinimum)
        {
            return false;
        }

        var rest = filter;
        for (var i = 0; i < m; i++)
        {
            if (i >= n)
            {
                // Only "#" against "+/#": any level is covered by '+' alone.
                if (_levels[i] != "+")
                {
                    return false;
                }

                continue;
            }

            var level = NextLevel(ref rest);
            if (_levels[i] == "+")
            {
                continue;
            }

            if (level is "+" || !LevelEquals(i, level, userName, clientId))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether some topic is matched both by <paramref name="filter"/> and by this rule.</summary>
    public bool Intersects(ReadOnlySpan<char> filter, string? userName, string clientId)
    {
        if (HasUnsafeSubstitution(userName, clientId))
        {
            return Permission == MqttAclPermission.Deny;
        }

        Shape(filter, out var n, out var filterHash);
        var m = _levels.Length;
        var filterFirstWildcard = n == 0 || filter.StartsWith("+/") || filter is "+";
        var ruleFirstWildcard = m == 0 || _levels[0] == "+";
        if ((ruleFirstWildcard && !filterFirstWildcard && filter.StartsWith('$')) ||
            (filterFirstWildcard && !ruleFirstWildcard && FirstLevelStartsWithDollar(userName, clientId)))
        {
            return false;
        }

        if ((!filterHash && !_endsWithHash && m != n) ||
            (!filterHash && _endsWithHash && n < Math.Max(m, 1)) ||
            (filterHash && !_endsWithHash && m < Math.Max(n, 1)))
        {
            return false;
        }

        // With one possible length, a single level both force to be empty makes "", which is no topic name (§4.7.3).
        if (!(filterHash && _endsWithHash) && (filterHash ? m : n) == 1 &&
            ((n >= 1 && filter.StartsWith('/')) || (m >= 1 && _levels[0] != "+" && LevelEquals(0, [], userName, clientId))))
        {
            return false;
        }

        var rest = filter;
        var common = Math.Min(m, n);
        for (var i = 0; i < common; i++)
        {
            var level = NextLevel(ref rest);
            if (_levels[i] != "+" && level is not "+" && !LevelEquals(i, level, userName, clientId))
            {
                return false;
            }
        }

        return true;
    }

    private static void Shape(ReadOnlySpan<char> filter, out int levels, out bool endsWithHash)
    {
        var slashes = filter.Count('/');
        endsWithHash = filter is "#" || filter.EndsWith("/#");
        levels = endsWithHash ? slashes : slashes + 1;
    }

    private static ReadOnlySpan<char> NextLevel(ref ReadOnlySpan<char> rest)
    {
        var slash = rest.IndexOf('/');
        if (slash < 0)
        {
            var last = rest;
            rest = [];
            return last;
        }

        var level = rest[..slash];
        rest = rest[(slash + 1)..];
        return level;
    }

    private bool HasUnsafeSubstitution(string? userName, string clientId) =>
        (_usesUserName && userName is not null && userName.AsSpan().ContainsAny(UnsafeSubstitutionChars)) ||
        (_usesClientId && clientId.AsSpan().ContainsAny(UnsafeSubstitutionChars));

    private bool FirstLevelStartsWithDollar(string? userName, string clientId)
    {
        var first = _levels[0].AsSpan();
        if (first.StartsWith("%u"))
        {
            return userName is not null && userName.StartsWith('$');
        }

        return first.StartsWith("%c") ? clientId.StartsWith('$') : first.StartsWith('$');
    }

    /// <summary>Whether rule level <paramref name="index"/>, with %u and %c replaced, equals <paramref name="value"/>.</summary>
    private bool LevelEquals(int index, ReadOnlySpan<char> value, string? userName, string clientId)
    {
        var pattern = _levels[index].AsSpan();
        if (!_patterned[index])
        {
            return value.SequenceEqual(pattern);
        }

        while (true)
        {
            var percent = pattern.IndexOf('%');
            if (percent < 0 || percent == pattern.Length - 1)
            {
                return value.SequenceEqual(pattern);
            }

            var substitute = pattern[percent + 1] switch
            {
                'u' => userName,
                'c' => clientId,
                _ => null,
            };
            var literal = substitute is null ? pattern[..(percent + 1)] : pattern[..percent];
            if (!value.StartsWith(literal))
            {
                return false;
            }

            value = value[literal.Length..];
            if (substitute is null)
            {
                pattern = pattern[(percent + 1)..];
                continue;
            }

            if (!value.StartsWith(substitute))
            {
                return false;
            }

            value = value[substitute.Length..];
            pattern = pattern[(percent + 2)..];
        }
    }
}

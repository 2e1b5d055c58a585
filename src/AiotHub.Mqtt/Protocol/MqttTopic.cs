namespace AiotHub.Mqtt.Protocol;

/// <summary>Topic name and filter rules (MQTT 5.0 §4.7) (CONTRACT: implementation pending).</summary>
public static class MqttTopic
{
    /// <summary>Non-empty, at most 65535 UTF-8 bytes, no U+0000, no '+' or '#'.</summary>
    public static bool IsValidTopicName(string topic) => throw new NotImplementedException();

    /// <summary>Non-empty; '+' occupies a whole level; '#' only as the whole last level; shared form $share/{group}/{filter}.</summary>
    public static bool IsValidTopicFilter(string filter) => throw new NotImplementedException();

    /// <summary>Whether <paramref name="topic"/> matches <paramref name="filter"/>, with the '$'-topic rule (§4.7.2).</summary>
    public static bool Matches(string filter, string topic) => throw new NotImplementedException();

    /// <summary>Splits "$share/{group}/{filter}" (§4.8.2); false for an ordinary filter.</summary>
    public static bool TryParseSharedSubscription(string filter, out string group, out string innerFilter) =>
        throw new NotImplementedException();
}

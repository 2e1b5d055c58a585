namespace AiotHub.Gateway.Devices;

/// <summary>Splits "{root}/{id}/{kind}[/{service.event}]" and "{root}/{id}/ota[/status]" (docs/mqtt-protocol.md "Topics").</summary>
internal static class DeviceTopics
{
    public static DeviceTopic Parse(string topic, string root, out string deviceId, out string? eventKey)
    {
        deviceId = "";
        eventKey = null;
        if (topic.Length <= root.Length + 1 || !topic.StartsWith(root, StringComparison.Ordinal) || topic[root.Length] != '/')
            return DeviceTopic.Unknown;

        var rest = topic.AsSpan(root.Length + 1);
        var slash = rest.IndexOf('/');
        if (slash <= 0)
            return DeviceTopic.Unknown;
        deviceId = rest[..slash].ToString();
        var kind = rest[(slash + 1)..];
        if (kind.StartsWith("events/", StringComparison.Ordinal))
        {
            var key = kind["events/".Length..];
            if (key.IsEmpty || key.Contains('/'))
                return DeviceTopic.Unknown;
            eventKey = key.ToString();
            return DeviceTopic.Event;
        }

        return kind switch
        {
            "announce" => DeviceTopic.Announce,
            "availability" => DeviceTopic.Availability,
            "properties" => DeviceTopic.Properties,
            "reply" => DeviceTopic.Reply,
            "ota/status" => DeviceTopic.OtaStatus,
            "set" or "call" or "get" or "ota" => DeviceTopic.HubToDevice,
            _ => DeviceTopic.Unknown,
        };
    }
}

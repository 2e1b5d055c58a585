namespace AiotHub.Mqtt.Broker;

/// <summary>One topic level of <see cref="MqttRetainedMessageStore"/>; used only under the store's lock.</summary>
internal sealed class MqttRetainedMessageNode(MqttRetainedMessageNode? parent, string level)
{
    private Dictionary<string, MqttRetainedMessageNode>? _children;

    public MqttRetainedMessageNode? Parent { get; } = parent;

    public string Level { get; } = level;

    public MqttRetainedMessage? Message { get; set; }

    public IEnumerable<MqttRetainedMessageNode> Children =>
        _children?.Values ?? (IEnumerable<MqttRetainedMessageNode>)[];

    public bool IsEmpty => Message is null && (_children is null || _children.Count == 0);

    public MqttRetainedMessageNode? GetChild(ReadOnlySpan<char> level) =>
        _children is not null && _children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(level, out var child)
            ? child
            : null;

    public MqttRetainedMessageNode GetOrAddChild(ReadOnlySpan<char> level)
    {
        var child = GetChild(level);
        if (child is null)
        {
            child = new MqttRetainedMessageNode(this, level.ToString());
            (_children ??= new Dictionary<string, MqttRetainedMessageNode>(StringComparer.Ordinal))[child.Level] = child;
        }

        return child;
    }

    public void RemoveChild(MqttRetainedMessageNode child) => _children?.Remove(child.Level);
}

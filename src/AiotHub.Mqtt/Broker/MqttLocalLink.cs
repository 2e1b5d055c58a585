using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// A subscriber inside the broker's process (the hub's own device link): no socket, no session, no queue. The
/// broker calls <see cref="MqttLocalMessageHandler"/> on the publisher's connection for every message matching
/// <see cref="Filters"/> that the link's identity may receive, and takes the link's publishes through the same
/// authorization, retained handling and routing as a client's. Like a subscription with No Local (§3.8.3.1),
/// a link never receives its own publishes. Made by <see cref="MqttBroker.AttachLocalLinkAsync"/>; disposing detaches it.
/// </summary>
public sealed class MqttLocalLink : IAsyncDisposable
{
    private readonly MqttBroker _broker;
    private readonly string[] _filters;
    private volatile bool _attached = true;

    internal MqttLocalLink(MqttBroker broker, string clientId, string? userName, string[] filters, MqttLocalMessageHandler handler)
    {
        _broker = broker;
        ClientId = clientId;
        UserName = userName;
        _filters = filters;
        Handler = handler;
    }

    /// <summary>The identity the broker's authorization sees (ACL, publish/subscribe/delivery callbacks).</summary>
    public string ClientId { get; }

    public string? UserName { get; }

    public IReadOnlyList<string> Filters => _filters;

    public bool IsAttached => _attached;

    internal MqttLocalMessageHandler Handler { get; }

    /// <summary>
    /// Publishes as this link: false (and nothing routed) when its identity may not publish on the topic.
    /// The broker keeps the payload and property objects: do not change them after the call. With a store,
    /// completes when what the message changed (retained set, persistent sessions' queues) is durable, as a
    /// client's PUBACK would; and not before the other local links' handlers have taken it.
    /// </summary>
    /// <exception cref="ArgumentException">The topic is not a valid topic name.</exception>
    /// <exception cref="ObjectDisposedException">The link was detached.</exception>
    public ValueTask<bool> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ObjectDisposedException.ThrowIf(!_attached, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (!MqttTopic.IsValidTopicName(message.Topic))
        {
            throw new ArgumentException($"'{message.Topic}' is not a valid topic name.", nameof(message));
        }

        return _broker.PublishFromLocalLink(this, message);
    }

    /// <summary>Detaches: no message reaches the handler after this returns (one being handled may finish).</summary>
    public ValueTask DisposeAsync()
    {
        if (_attached)
        {
            _attached = false;
            _broker.DetachLocalLink(this);
        }

        return ValueTask.CompletedTask;
    }

    internal bool Matches(string topic)
    {
        foreach (var filter in _filters)
        {
            if (MqttTopic.Matches(filter, topic))
            {
                return true;
            }
        }

        return false;
    }
}

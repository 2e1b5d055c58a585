using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>Local links: subscribers inside the process that receive decoded messages without a socket (<see cref="MqttLocalLink"/>).</summary>
public sealed partial class MqttBroker
{
    private readonly Lock _localLinksLock = new();

    /// <summary>Copy on write: routing reads it without a lock.</summary>
    private volatile MqttLocalLink[] _localLinks = [];

    /// <summary>
    /// Attaches a local subscriber with the identity <paramref name="clientId"/>/<paramref name="userName"/>, which the
    /// broker's authorization checks as it would a client's: each filter must be one it may subscribe to, and each
    /// message must be one it may receive. Then the retained messages matching the filters are handed to the handler
    /// (awaited in turn, with <see cref="MqttLocalMessage.IsRetained"/>), as a subscription receives them (§3.3.1.3).
    /// A message published while this runs may arrive twice (live and retained); handlers must be idempotent for retained topics.
    /// </summary>
    /// <exception cref="InvalidOperationException">The broker is not running, a link with that client id is attached, or a filter is not authorised.</exception>
    /// <exception cref="ArgumentException">A filter is not a valid, non-shared topic filter.</exception>
    public async Task<MqttLocalLink> AttachLocalLinkAsync(string clientId, string? userName, IReadOnlyList<string> filters,
        MqttLocalMessageHandler handler, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(handler);
        foreach (var filter in filters)
        {
            if (!MqttTopic.IsValidTopicFilter(filter) || MqttTopic.TryParseSharedSubscription(filter, out _, out _))
            {
                throw new ArgumentException($"'{filter}' is not a valid topic filter for a local link.", nameof(filters));
            }

            if (!CanSubscribe(userName, clientId, filter))
            {
                throw new InvalidOperationException($"'{clientId}' may not subscribe to '{filter}'.");
            }
        }

        if (Volatile.Read(ref _state) != 1)
        {
            throw new InvalidOperationException("The broker is not running.");
        }

        var link = new MqttLocalLink(this, clientId, userName, [.. filters], handler);
        lock (_localLinksLock)
        {
            if (_localLinks.Any(l => l.ClientId == clientId))
            {
                throw new InvalidOperationException($"A local link '{clientId}' is already attached.");
            }

            _localLinks = [.. _localLinks, link];
        }

        var retained = new List<MqttPublishPacket>();
        foreach (var filter in filters)
        {
            _retained.Match(filter, retained);
        }

        foreach (var message in retained.Distinct())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!link.IsAttached || !CanDeliver(userName, clientId, message.Topic))
            {
                continue;
            }

            try
            {
                await handler(new MqttLocalMessage(message, retained: true)).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Log(MqttBrokerLogLevel.Error, $"Local link '{clientId}' failed on the retained message on '{message.Topic}'.", null, ex);
            }
        }

        return link;
    }

    internal void DetachLocalLink(MqttLocalLink link)
    {
        lock (_localLinksLock)
        {
            _localLinks = [.. _localLinks.Where(l => l != link)];
        }
    }

    internal ValueTask<bool> PublishFromLocalLink(MqttLocalLink link, MqttApplicationMessage message)
    {
        if (!CanPublish(link.UserName, link.ClientId, message.Topic))
        {
            return ValueTask.FromResult(false);
        }

        Counters.MessageIn();
        Route(message.ToPublishPacket(), null, _time.GetTimestamp(), out var durable, waitFor: null, localPublisher: link);
        return durable is null ? ValueTask.FromResult(true) : AwaitDurable(durable);

        static async ValueTask<bool> AwaitDurable(Task durable)
        {
            await durable.ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>
    /// Routing's hook: hands the message to each matching local link other than its publisher, on this thread. A
    /// handler that has not finished joins <paramref name="durable"/>, so the publisher's PUBACK/PUBREC waits for it.
    /// </summary>
    /// <returns>How many links received it.</returns>
    private int DeliverToLocalLinks(MqttPublishPacket message, MqttLocalLink? publisher, ref Task? durable)
    {
        var count = 0;
        foreach (var link in _localLinks)
        {
            if (link == publisher || !link.Matches(message.Topic) || !CanDeliver(link.UserName, link.ClientId, message.Topic))
            {
                continue;
            }

            count++;
            Counters.MessageOut();
            ValueTask handled;
            try
            {
                handled = link.Handler(new MqttLocalMessage(message, retained: false));
            }
            catch (Exception ex)
            {
                handled = ValueTask.FromException(ex);
            }

            if (handled.IsCompletedSuccessfully)
            {
                handled.GetAwaiter().GetResult();
                continue;
            }

            var task = handled.AsTask();
            durable = durable is null ? task : Task.WhenAll(durable, task);
        }

        return count;
    }

    // The authorization checks by identity: the one implementation for sessions (Routing's overloads) and local links.
    private bool CanPublish(string? userName, string clientId, string topic)
    {
        try
        {
            return (_options.Acl?.CanPublish(userName, clientId, topic) ?? true) &&
                   (_options.AuthorizePublish?.Invoke(userName, clientId, topic) ?? true);
        }
        catch (Exception ex)
        {
            Log(MqttBrokerLogLevel.Error, "Publish authorization threw; denying.", null, ex);
            return false;
        }
    }

    private bool CanSubscribe(string? userName, string clientId, string filter)
    {
        try
        {
            return (_options.Acl?.CanSubscribe(userName, clientId, filter) ?? true) &&
                   (_options.AuthorizeSubscribe?.Invoke(userName, clientId, filter) ?? true);
        }
        catch (Exception ex)
        {
            Log(MqttBrokerLogLevel.Error, "Subscribe authorization threw; denying.", null, ex);
            return false;
        }
    }

    private bool CanDeliver(string? userName, string clientId, string topic)
    {
        if (!FiltersDeliveries)
        {
            return true;
        }

        try
        {
            return (_options.Acl?.CanReceive(userName, clientId, topic) ?? true) &&
                   (_options.AuthorizeDelivery?.Invoke(userName, clientId, topic) ?? true);
        }
        catch (Exception ex)
        {
            Log(MqttBrokerLogLevel.Error, "Delivery authorization threw; not delivering.", null, ex);
            return false;
        }
    }
}

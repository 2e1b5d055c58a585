using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// One delivery decided by <see cref="MqttSubscriptionTree{TSubscriber}.Match"/>: a subscriber, the QoS granted by its
/// matching subscriptions, and their Subscription Identifiers (MQTT 5.0 §3.3.4).
/// </summary>
/// <remarks>
/// One identifier is stored inline, so the common case allocates nothing; only a subscriber with several
/// overlapping subscriptions carrying distinct identifiers gets an array.
/// </remarks>
internal readonly struct MqttSubscriptionMatch<TSubscriber>
    where TSubscriber : class
{
    private readonly uint _identifier;      // The only identifier while _identifiers is null; 0 = none.
    private readonly uint[]? _identifiers;  // Two or more distinct identifiers.

    internal MqttSubscriptionMatch(TSubscriber subscriber, in MqttSubscriptionOptions options, bool isShared)
    {
        Subscriber = subscriber;
        QualityOfService = options.QualityOfService;
        RetainAsPublished = options.RetainAsPublished;
        IsShared = isShared;
        _identifier = options.SubscriptionIdentifier;
    }

    private MqttSubscriptionMatch(
        TSubscriber subscriber, MqttQualityOfService qos, bool retainAsPublished, uint identifier, uint[]? identifiers)
    {
        Subscriber = subscriber;
        QualityOfService = qos;
        RetainAsPublished = retainAsPublished;
        _identifier = identifier;
        _identifiers = identifiers;
    }

    public TSubscriber Subscriber { get; }

    /// <summary>The maximum QoS of the matching subscriptions; the broker still caps it by the message's QoS (§3.8.4).</summary>
    public MqttQualityOfService QualityOfService { get; }

    /// <summary>True when any matching subscription had Retain As Published (§3.8.3.1).</summary>
    public bool RetainAsPublished { get; }

    /// <summary>True for the one member chosen from a shared subscription group (§4.8.2); never merged with others.</summary>
    public bool IsShared { get; }

    /// <summary>How many distinct non-zero Subscription Identifiers the matching subscriptions carry.</summary>
    public int SubscriptionIdentifierCount => _identifiers?.Length ?? (_identifier == 0 ? 0 : 1);

    public uint GetSubscriptionIdentifier(int index)
    {
        if (_identifiers is not null)
        {
            return _identifiers[index];
        }

        ArgumentOutOfRangeException.ThrowIfNotEqual(index, 0);
        ArgumentOutOfRangeException.ThrowIfZero(_identifier, nameof(index));
        return _identifier;
    }

    /// <summary>A new list of the identifiers for PUBLISH (§3.3.2.3.8), or null when there are none.</summary>
    public List<uint>? ToSubscriptionIdentifierList()
    {
        if (_identifiers is not null)
        {
            return [.. _identifiers];
        }

        return _identifier == 0 ? null : [_identifier];
    }

    /// <summary>
    /// Folds one more matching subscription of the same subscriber in (§3.3.4): maximum QoS, Retain As Published if
    /// any, and every identifier. An identifier already present is not repeated: one SUBSCRIBE gives all its filters
    /// the same identifier, and listing it twice tells the client nothing more.
    /// </summary>
    internal MqttSubscriptionMatch<TSubscriber> Merge(in MqttSubscriptionOptions options)
    {
        var qos = options.QualityOfService > QualityOfService ? options.QualityOfService : QualityOfService;
        var retainAsPublished = RetainAsPublished || options.RetainAsPublished;
        var added = options.SubscriptionIdentifier;
        if (added == 0 || added == _identifier || (_identifiers is not null && Array.IndexOf(_identifiers, added) >= 0))
        {
            return new MqttSubscriptionMatch<TSubscriber>(Subscriber, qos, retainAsPublished, _identifier, _identifiers);
        }

        if (_identifiers is null && _identifier == 0)
        {
            return new MqttSubscriptionMatch<TSubscriber>(Subscriber, qos, retainAsPublished, added, null);
        }

        uint[] identifiers;
        if (_identifiers is null)
        {
            identifiers = [_identifier, added];
        }
        else
        {
            identifiers = new uint[_identifiers.Length + 1];
            _identifiers.CopyTo(identifiers, 0);
            identifiers[^1] = added;
        }

        return new MqttSubscriptionMatch<TSubscriber>(Subscriber, qos, retainAsPublished, 0, identifiers);
    }
}

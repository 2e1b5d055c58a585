using System.Runtime.InteropServices;

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// The takeover guard: a client id taken over (§3.1.4 (3)) more than <see cref="MqttBrokerOptions.MaximumTakeovers"/>
/// times within <see cref="MqttBrokerOptions.TakeoverWindow"/> is refused further takeovers for
/// <see cref="MqttBrokerOptions.TakeoverCooldown"/> (5.0: CONNACK 0x9F Connection rate exceeded; 3.1.1: 0x03 Server
/// unavailable), so two clients fighting over one id — an attacker kicking a device off in a loop, or two devices
/// configured alike — cannot churn the session without end. The connection holding the session keeps it.
/// </summary>
public sealed partial class MqttBroker
{
    /// <summary>Past this many client ids with recent takeovers, stale records are swept before a new one is added.</summary>
    private const int TakeoverRecordsSweepAt = 1024;

    /// <summary>The most client ids tracked at once; beyond it (after a sweep) a new id is not tracked.</summary>
    private const int MaximumTakeoverRecords = 65_536;

    private readonly Dictionary<string, MqttTakeoverRecord> _takeovers = new(StringComparer.Ordinal);

    /// <summary>Counts a takeover of <paramref name="clientId"/>; false when it must be refused. Under the session lock.</summary>
    private bool TryCountTakeover(string clientId)
    {
        var maximum = _options.MaximumTakeovers;
        if (maximum <= 0)
        {
            return true;
        }

        var now = _time.GetTimestamp();
        if (!_takeovers.ContainsKey(clientId) && _takeovers.Count >= TakeoverRecordsSweepAt)
        {
            SweepTakeoverRecords();
            if (_takeovers.Count >= MaximumTakeoverRecords)
            {
                return true;
            }
        }

        ref var record = ref CollectionsMarshal.GetValueRefOrAddDefault(_takeovers, clientId, out var exists);
        if (exists && record.BlockedSince != 0)
        {
            if (_time.GetElapsedTime(record.BlockedSince, now) < _options.TakeoverCooldown)
            {
                return false;
            }

            record = default; // The cool-down is over: a fresh window.
        }

        if (record.WindowStart == 0 || _time.GetElapsedTime(record.WindowStart, now) > _options.TakeoverWindow)
        {
            record = new MqttTakeoverRecord { WindowStart = now };
        }

        if (record.Count >= maximum)
        {
            record.BlockedSince = now;
            Log(MqttBrokerLogLevel.Warning,
                $"Client id '{clientId}' was taken over {record.Count} times within {_options.TakeoverWindow}; further takeovers are refused for {_options.TakeoverCooldown}.",
                null, null);
            return false;
        }

        record.Count++;
        return true;
    }

    /// <summary>Drops the records whose window and cool-down have both passed. Under the session lock.</summary>
    private void SweepTakeoverRecords()
    {
        var now = _time.GetTimestamp();
        List<string>? stale = null;
        foreach (var (clientId, record) in _takeovers)
        {
            var windowOver = _time.GetElapsedTime(record.WindowStart, now) > _options.TakeoverWindow;
            var coolDownOver = record.BlockedSince == 0 || _time.GetElapsedTime(record.BlockedSince, now) >= _options.TakeoverCooldown;
            if (windowOver && coolDownOver)
            {
                (stale ??= []).Add(clientId);
            }
        }

        foreach (var clientId in stale ?? [])
        {
            _takeovers.Remove(clientId);
        }
    }
}

namespace AiotHub.Mqtt.Broker;

/// <summary>
/// Arithmetic on the intervals MQTT carries in seconds (Session Expiry, Will Delay, Message Expiry: up to
/// 2^32−1 s, about 136 years) that cannot overflow, whatever the clock says.
/// </summary>
internal static class MqttDurations
{
    /// <summary><paramref name="from"/> plus <paramref name="seconds"/>, or <see cref="DateTimeOffset.MaxValue"/> when that is beyond it.</summary>
    public static DateTimeOffset AddSeconds(DateTimeOffset from, uint seconds) => Add(from, TimeSpan.FromSeconds(seconds));

    /// <summary><paramref name="from"/> plus a non-negative <paramref name="span"/>, or <see cref="DateTimeOffset.MaxValue"/> when that is beyond it.</summary>
    public static DateTimeOffset Add(DateTimeOffset from, TimeSpan span)
    {
        var utc = from.ToUniversalTime();
        return DateTimeOffset.MaxValue - utc <= span ? DateTimeOffset.MaxValue : utc + span;
    }
}

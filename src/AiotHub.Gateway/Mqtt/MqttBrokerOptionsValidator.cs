using System.Globalization;
using AiotHub.Mqtt.Broker;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// Checks the broker's part of "Mqtt", bound straight into <see cref="MqttBrokerOptions"/>, at start; each message names
/// its key. Every value is a port, a timer or a bound on what clients can make the broker hold.
/// </summary>
internal sealed class MqttBrokerOptionsValidator : IValidateOptions<MqttBrokerOptions>
{
    public ValidateOptionsResult Validate(string? name, MqttBrokerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        void Fail(FormattableString message) => failures.Add(message.ToString(CultureInfo.InvariantCulture));
        void Check<T>(string key, T? value, T minimum, T maximum)
            where T : struct, IComparable<T>
        {
            if (value is { } v)
                OptionRange.Check(failures, "Mqtt:" + key, v, minimum, maximum);
        }

        Check(nameof(options.Port), options.Port, 0, 65535);
        Check(nameof(options.TlsPort), options.TlsPort, 0, 65535);
        Check<int>(nameof(options.MaximumPacketSize), options.MaximumPacketSize, 16, MqttBrokerOptions.MaximumPacketSizeLimit);
        Check<ushort>(nameof(options.ReceiveMaximum), options.ReceiveMaximum, 1, ushort.MaxValue);
        Check<int>(nameof(options.MaximumQueuedMessagesPerClient), options.MaximumQueuedMessagesPerClient, 1, 10_000_000);
        Check<TimeSpan>(nameof(options.SlowSubscriberTimeout), options.SlowSubscriberTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1));
        Check<int>(nameof(options.MaximumTakeovers), options.MaximumTakeovers, 0, 10_000);
        Check<TimeSpan>(nameof(options.TakeoverWindow), options.TakeoverWindow, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Check<TimeSpan>(nameof(options.TakeoverCooldown), options.TakeoverCooldown, TimeSpan.Zero, TimeSpan.FromDays(1));
        Check<TimeSpan>(nameof(options.ConnectTimeout), options.ConnectTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        if (!Enum.IsDefined(options.QueueFullPolicy))
            Fail($"Mqtt:QueueFullPolicy must be DropOldest or DropNewest.");
        if (!string.IsNullOrWhiteSpace(options.TlsCertificatePath) && !File.Exists(options.TlsCertificatePath))
            Fail($"Mqtt:TlsCertificatePath '{options.TlsCertificatePath}' does not exist.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using System.Text;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Formatter;

/// <summary>Reads a Topic Name (§4.7): a UTF-8 string without wildcards.</summary>
internal static class MqttTopicNames
{
    /// <summary>Reads and checks a non-empty topic name (see <see cref="Validate"/>).</summary>
    public static string Read(ref MqttBufferReader reader)
    {
        var topic = reader.ReadString();
        Validate(topic);
        return topic;
    }

    /// <summary>Decodes raw bytes as a UTF-8 string (§1.5.4) and checks it as a topic name.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        MqttBufferReader.ValidateUtf8(utf8);
        var topic = Encoding.UTF8.GetString(utf8);
        Validate(topic);
        return topic;
    }

    /// <summary>
    /// A name that is empty, or well-formed UTF-8 with '+' or '#' [MQTT-3.3.2-2, MQTT-4.7.3-1], is
    /// reported as Topic Name Invalid (0x90), the code 5.0 gives for a topic name that is correctly
    /// formed but not accepted.
    /// </summary>
    public static void Validate(string topic)
    {
        if (!MqttTopic.IsValidTopicName(topic))
        {
            throw new MqttProtocolException(MqttReasonCode.TopicNameInvalid, "Topic name is empty or contains a wildcard [MQTT-3.3.2-2, MQTT-4.7.3-1].");
        }
    }
}

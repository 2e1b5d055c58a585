using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Mqtt.Tests.Persistence;

public sealed class StoredMessageCodecTests
{
    [Fact]
    public void AnyMessageDecodesToWhatWasEncoded()
    {
        // MQTT strings are well-formed UTF-8 (MQTT 5.0 §1.5.4): no lone surrogates.
        var strings = ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get).Where(s => !s.Any(char.IsSurrogate));
        var optionalStrings = Gen.OneOf(Gen.Constant<string?>(null), strings.Select(s => (string?)s));
        var messages =
            from topic in strings
            from payload in ArbMap.Default.GeneratorFor<byte[]>()
            from qos in Gen.Elements(MqttQualityOfService.AtMostOnce, MqttQualityOfService.AtLeastOnce, MqttQualityOfService.ExactlyOnce)
            from retain in ArbMap.Default.GeneratorFor<bool>()
            from format in ArbMap.Default.GeneratorFor<byte?>()
            from expiry in ArbMap.Default.GeneratorFor<uint?>()
            from contentType in optionalStrings
            from responseTopic in optionalStrings
            from correlation in Gen.OneOf(Gen.Constant<byte[]?>(null), ArbMap.Default.GeneratorFor<byte[]>().Select(b => (byte[]?)b))
            from properties in Gen.ListOf(strings.Zip(strings)).Select(l => l.Select(p => new MqttUserProperty(p.Item1, p.Item2)).ToList())
            select new MqttApplicationMessage
            {
                Topic = topic,
                Payload = payload,
                QualityOfService = qos,
                Retain = retain,
                PayloadFormatIndicator = format,
                MessageExpiryInterval = expiry,
                ContentType = contentType,
                ResponseTopic = responseTopic,
                CorrelationData = correlation,
                UserProperties = properties.Count == 0 ? null : properties,
            };

        var property = Prop.ForAll(messages.ToArbitrary(), message =>
        {
            var writer = new JournalRecordWriter();
            StoredMessageCodec.Write(writer, message);
            Assert.True(StoredMessageCodec.TryRead(writer.WrittenSpan, out var decoded));
            Assert.Equal(StoreStateDescription.Describe(message), StoreStateDescription.Describe(decoded));
            Assert.True(StoredMessageCodec.TryReadTopic(writer.WrittenSpan, out var topic));
            Assert.Equal(message.Topic, topic);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }

    [Fact]
    public void EveryTruncatedBodyFailsToDecodeWithoutThrowing()
    {
        var writer = new JournalRecordWriter();
        StoredMessageCodec.Write(writer, StoreScript.FullMessage("a/b", [1, 2, 3]));
        var body = writer.WrittenSpan.ToArray();
        for (var length = 0; length < body.Length; length++)
        {
            Assert.False(StoredMessageCodec.TryRead(body.AsSpan(0, length), out _), $"a body cut to {length} bytes decoded");
        }
    }
}

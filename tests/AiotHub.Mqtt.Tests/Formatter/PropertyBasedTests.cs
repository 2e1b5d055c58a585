using System.Buffers;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Mqtt.Tests.Formatter;

/// <summary>FsCheck properties: arbitrary input is either incomplete or a protocol error; valid packets round-trip.</summary>
public sealed class PropertyBasedTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Random bodies behind a header whose length is right half of the time, so decoders get exercised.</summary>
    private static readonly Gen<byte[]> PlausiblePackets =
        from header in Gen.Choose(0, 255)
        from body in Gen.Choose(0, 64).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n))
        from honestLength in Gen.Elements(true, false)
        from lengthByte in Gen.Choose(0, 255)
        select (byte[])[(byte)header, honestLength ? (byte)body.Length : (byte)lengthByte, .. body];

    /// <summary>A CONNECT header and protocol name, then random bytes: reaches the CONNECT decoder from Unknown.</summary>
    private static readonly Gen<byte[]> PlausibleConnects =
        from level in Gen.Elements((byte)3, (byte)4, (byte)5, (byte)6)
        from rest in Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n))
        select (byte[])[0x10, (byte)(7 + rest.Length), 0x00, 0x04, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', level, .. rest];

    private static readonly Gen<byte[]> AnyBytes =
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));

    private static readonly Gen<byte[]> Inputs = Gen.OneOf(AnyBytes, PlausiblePackets, PlausibleConnects);

    private static readonly Gen<string> TopicNames =
        Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements("a", "b", "/", "$", "\u00e9", "\U0001F600", " ", "Z", "0"), n))
            .Select(parts => string.Concat(parts));

    private static readonly Gen<string> TopicFilters =
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements("a", "/", "+", "#", "$share/", "\u00fc", "x"), n))
            .Select(parts => string.Concat(parts));

    [Theory]
    [InlineData(MqttProtocolVersion.Unknown)]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public void ArbitraryBytesYieldPacketsIncompleteInputOrAProtocolErrorOnly(MqttProtocolVersion version)
    {
        var property = Prop.ForAll(Arb.From(Inputs), Arb.From(Gen.Choose(0, 100)), (bytes, split) =>
        {
            ReadAll(new ReadOnlySequence<byte>(bytes), version);
            ReadAll(SegmentedSequence.SplitAt(bytes, split * bytes.Length / 100), version);
        });

        Check.One(Runs, property);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public void ValidPacketsWithRandomBytesChangedYieldPacketsIncompleteInputOrAProtocolErrorOnly(MqttProtocolVersion version)
    {
        // Mutating real packets reaches the property and payload decoders far more often than noise does.
        var encoded = PacketSamples.For(version).Values.Select(sample => Codec.Encode(sample(), version)).ToArray();
        var mutants =
            from original in Gen.Elements(encoded)
            from count in Gen.Choose(1, 3)
            from positions in Gen.ArrayOf(Gen.Choose(0, original.Length - 1), count)
            from values in Gen.ArrayOf(Gen.Choose(0, 255), count)
            select Mutate(original, positions, values);

        Check.One(Runs, Prop.ForAll(Arb.From(mutants), bytes => ReadAll(new ReadOnlySequence<byte>(bytes), version)));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public void RandomValidPublishPacketsRoundTrip(MqttProtocolVersion version)
    {
        var v5 = version == MqttProtocolVersion.V500;
        var publishes =
            from topic in TopicNames
            from payload in Gen.Choose(0, 200).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n))
            from qos in Gen.Elements(MqttQualityOfService.AtMostOnce, MqttQualityOfService.AtLeastOnce, MqttQualityOfService.ExactlyOnce)
            from id in Gen.Choose(1, 65_535)
            from flags in Gen.Choose(0, 3)
            from expiry in Gen.Elements<uint?>(null, 0, 1, uint.MaxValue)
            from alias in Gen.Elements<ushort?>(null, 1, 65_535)
            from subscriptionIds in Gen.Elements<List<uint>?>(null, [1], [127, 128, 16_383, 16_384, 268_435_455])
            from userCount in Gen.Choose(0, 3)
            select new MqttPublishPacket
            {
                Topic = topic,
                Payload = payload,
                QualityOfService = qos,
                PacketIdentifier = qos == MqttQualityOfService.AtMostOnce ? (ushort)0 : (ushort)id,
                Retain = (flags & 1) != 0,
                Dup = qos != MqttQualityOfService.AtMostOnce && (flags & 2) != 0,
                MessageExpiryInterval = v5 ? expiry : null,
                TopicAlias = v5 ? alias : null,
                SubscriptionIdentifiers = v5 ? subscriptionIds : null,
                UserProperties = v5 && userCount > 0 ? [.. Enumerable.Range(0, userCount).Select(i => new MqttUserProperty(topic, i.ToString()))] : null,
                ContentType = v5 && (flags & 1) != 0 ? topic : null,
            };

        Check.One(Runs, Prop.ForAll(Arb.From(publishes), Arb.From(Gen.Choose(0, 100)), (packet, split) => RoundTrips(packet, version, split)));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public void RandomValidSubscribePacketsRoundTrip(MqttProtocolVersion version)
    {
        var v5 = version == MqttProtocolVersion.V500;
        var filters =
            from topic in TopicFilters
            from qos in Gen.Choose(0, 2)
            from options in Gen.Choose(0, 3)
            from retainHandling in Gen.Choose(0, 2)
            select new MqttTopicFilter
            {
                Topic = topic,
                QualityOfService = (MqttQualityOfService)qos,
                NoLocal = v5 && (options & 1) != 0,
                RetainAsPublished = v5 && (options & 2) != 0,
                RetainHandling = v5 ? (MqttRetainHandling)retainHandling : 0,
            };
        var subscribes =
            from id in Gen.Choose(1, 65_535)
            from count in Gen.Choose(1, 6)
            from list in Gen.ListOf(filters, count)
            from subscriptionId in Gen.Elements<uint?>(null, 1, 300, 268_435_455)
            select new MqttSubscribePacket
            {
                PacketIdentifier = (ushort)id,
                TopicFilters = [.. list],
                SubscriptionIdentifier = v5 ? subscriptionId : null,
                UserProperties = v5 && subscriptionId is not null ? [new MqttUserProperty("k", "v")] : null,
            };

        Check.One(Runs, Prop.ForAll(Arb.From(subscribes), Arb.From(Gen.Choose(0, 100)), (packet, split) => RoundTrips(packet, version, split)));
    }

    private static void RoundTrips(MqttPacket packet, MqttProtocolVersion version, int split)
    {
        var bytes = Codec.Encode(packet, version);
        Assert.Equal(bytes.Length, MqttPacketWriter.GetSize(packet, version));

        var decoded = Codec.Decode(SegmentedSequence.SplitAt(bytes, split * bytes.Length / 100), version);

        PacketAssert.Equivalent(packet, decoded);
        Assert.Equal(bytes, Codec.Encode(decoded, version));
    }

    private static byte[] Mutate(byte[] original, int[] positions, int[] values)
    {
        var bytes = original.ToArray();
        for (var i = 0; i < positions.Length; i++)
        {
            bytes[positions[i]] = (byte)values[i];
        }

        return bytes;
    }

    /// <summary>Reads everything with the ordinary and with the reusable reader; only MqttProtocolException may escape.</summary>
    private static void ReadAll(ReadOnlySequence<byte> sequence, MqttProtocolVersion version)
    {
        ReadAll(sequence, version, (ref ReadOnlySequence<byte> buffer, MqttProtocolVersion v, out MqttPacket? packet) =>
            MqttPacketReader.TryRead(ref buffer, v, 1 << 16, out packet));
        var reusable = new MqttReusablePacketReader(topicCacheSize: 4, initialPayloadCapacity: 0);
        ReadAll(sequence, version, (ref ReadOnlySequence<byte> buffer, MqttProtocolVersion v, out MqttPacket? packet) =>
            reusable.TryRead(ref buffer, v, 1 << 16, out packet));
    }

    private static void ReadAll(ReadOnlySequence<byte> sequence, MqttProtocolVersion version, TryReadPacket tryRead)
    {
        try
        {
            // Every successful read consumes at least two bytes, so this ends.
            while (tryRead(ref sequence, version, out var packet))
            {
                Assert.NotNull(packet);
                if (packet is MqttConnectPacket connect && version == MqttProtocolVersion.Unknown)
                {
                    version = connect.ProtocolVersion;
                }
            }
        }
        catch (MqttProtocolException)
        {
            // The one failure allowed.
        }
    }

    private delegate bool TryReadPacket(ref ReadOnlySequence<byte> buffer, MqttProtocolVersion version, out MqttPacket? packet);
}

using System.Buffers;
using AiotHub.Mqtt.Formatter;
using AiotHub.Mqtt.Packets;
using AiotHub.Mqtt.Protocol;
using BenchmarkDotNet.Attributes;

namespace AiotHub.Benchmarks;

/// <summary>
/// The broker's hot path: a PUBLISH with a 16-byte payload encoded into a reused buffer and decoded
/// back, in MQTT 3.1.1 and 5.0. Target: encoding and the reusable decode allocate 0 bytes;
/// the ordinary decode allocates the packet, its topic string and its payload copy.
/// </summary>
[MemoryDiagnoser]
public class PublishCodecBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(256);
    private MqttPublishPacket _packet = null!;
    private readonly MqttReusablePacketReader _reusableReader = new();
    private ReadOnlySequence<byte> _encoded;

    [Params(MqttProtocolVersion.V311, MqttProtocolVersion.V500)]
    public MqttProtocolVersion Version { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _packet = new MqttPublishPacket
        {
            Topic = "home/livingroom/thermostat/temperature",
            Payload = new byte[16],
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            PacketIdentifier = 42,
            MessageExpiryInterval = Version == MqttProtocolVersion.V500 ? 60u : null,
        };
        var buffer = new ArrayBufferWriter<byte>();
        MqttPacketWriter.Write(buffer, _packet, Version);
        _encoded = new ReadOnlySequence<byte>(buffer.WrittenMemory.ToArray());
    }

    [Benchmark]
    public int Encode()
    {
        _output.ResetWrittenCount();
        return MqttPacketWriter.Write(_output, _packet, Version);
    }

    [Benchmark]
    public MqttPacket Decode()
    {
        var buffer = _encoded;
        MqttPacketReader.TryRead(ref buffer, Version, int.MaxValue, out var packet);
        return packet!;
    }

    [Benchmark]
    public MqttPacket DecodeReusable()
    {
        var buffer = _encoded;
        _reusableReader.TryRead(ref buffer, Version, int.MaxValue, out var packet);
        return packet!;
    }
}

using System.Buffers;
using AiotHub.Telemetry;
using AiotHub.Telemetry.LineProtocol;
using BenchmarkDotNet.Attributes;

namespace AiotHub.Benchmarks.Telemetry;

/// <summary>
/// Encoding one reading as line protocol (measurement, four tags, one field, a timestamp) into a
/// reused buffer. Target: 0 bytes allocated per point.
/// </summary>
[MemoryDiagnoser]
public class LineProtocolBenchmarks
{
    private static readonly DateTimeOffset Time = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private readonly LineProtocolWriter _writer = new(LinePrecision.Milliseconds);
    private TelemetryPoint _point;

    [GlobalSetup]
    public void Setup()
    {
        _point = new TelemetryPoint("home", "bedroom", "th-17", "aiot.sensor.th1", "temperature-humidity-sensor", "temperature",
            TelemetryValue.Float(21.5), Time);
    }

    [Benchmark]
    public int EncodePoint()
    {
        if (_output.WrittenCount > (1 << 19))
            _output.ResetWrittenCount();
        _writer.Measurement(_point.Service).Tag("device", _point.DeviceId).Tag("home", _point.HomeId).Tag("model", _point.Model)
            .Tag("room", _point.RoomId).Field(_point.Property, _point.Value.Number).EndLine(_output, _point.Time);
        return _output.WrittenCount;
    }
}

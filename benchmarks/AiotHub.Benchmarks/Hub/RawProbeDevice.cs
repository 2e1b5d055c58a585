using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using AiotHub.Benchmarks.Load;

namespace AiotHub.Benchmarks.Hub;

/// <summary>
/// A probe device as lean as a microcontroller's loop: a raw MQTT 3.1.1 socket (<see cref="LoadConnection"/>), blocking
/// reads on a thread of its own, sends from the caller's thread — no thread pool, channel or task between the socket and
/// the timestamp, so a sample is the hub's time and the kernel's, not a .NET client's hand-offs. Same behaviour as
/// <see cref="ProbeDevice"/>: announces, goes online, reports, and answers each set with an applied reply and a report.
/// </summary>
internal sealed class RawProbeDevice : IProbeDevice
{
    private readonly LoadConnection _connection;
    private readonly string _id;
    private readonly byte[] _echoTopic;
    private readonly Thread _receiver;
    private long _lastSetTimestamp;
    private long _lastEchoTimestamp;
    private long _setsReceived;

    private RawProbeDevice(LoadConnection connection, string id)
    {
        _connection = connection;
        _id = id;
        _echoTopic = Encoding.UTF8.GetBytes($"aiot/{id}/properties");
        _receiver = new Thread(() => _connection.ReceiveBlocking(OnPacket)) { IsBackground = true, Name = $"probe-{id}" };
    }

    public long SetsReceived => Interlocked.Read(ref _setsReceived);

    public long LastEchoTimestamp => Interlocked.Read(ref _lastEchoTimestamp);

    public long LastSetTimestamp => Interlocked.Read(ref _lastSetTimestamp);

    public static async Task<RawProbeDevice> ConnectAsync(int port, string id, string model, CancellationToken cancellationToken)
    {
        var connection = await LoadConnection.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), id, cancellationToken);
        await connection.SubscribeAsync($"aiot/{id}/set", 1, cancellationToken);
        await connection.SubscribeAsync($"aiot/{id}/properties", 0, cancellationToken);
        var device = new RawProbeDevice(connection, id);
        device._receiver.Start();
        device.Publish("announce", $$"""{"model":"{{model}}","firmware":"1.0.0","name":"{{id}}"}""", retain: true);
        device.Publish("availability", """{"state":"online"}""", retain: true);
        return device;
    }

    public Task<long> ReportAsync(string valuesJson, CancellationToken cancellationToken)
    {
        var packet = Encode("properties", $$"""{"values":{{valuesJson}}}""", retain: false);
        var sent = Stopwatch.GetTimestamp();
        _connection.Send(packet);
        return Task.FromResult(sent);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            Publish("availability", """{"state":"offline","reason":"shutdown"}""", retain: true);
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or ObjectDisposedException)
        {
            // The hub may already be gone at the end of a run.
        }

        await _connection.DisposeAsync();
        _receiver.Join(TimeSpan.FromSeconds(5));
    }

    // On the receiving thread: PUBLISH bodies only (SUBACKs came before it started; PUBACKs are not sent to us at QoS 0).
    private void OnPacket(byte header, ReadOnlySpan<byte> body)
    {
        if (header >> 4 != 3)
            return;
        var arrived = Stopwatch.GetTimestamp();
        var qos = (header >> 1) & 3;
        var topicLength = BinaryPrimitives.ReadUInt16BigEndian(body);
        var topic = body.Slice(2, topicLength);
        var payloadStart = 2 + topicLength + (qos > 0 ? 2 : 0);
        if (qos > 0)
        {
            Span<byte> ack = stackalloc byte[4];
            LoadPackets.WritePubAck(ack, BinaryPrimitives.ReadUInt16BigEndian(body[(2 + topicLength)..]));
            _connection.Send(ack);
        }

        if (topic.SequenceEqual(_echoTopic))
        {
            Interlocked.Exchange(ref _lastEchoTimestamp, arrived);
            return;
        }

        Interlocked.Exchange(ref _lastSetTimestamp, arrived);
        Interlocked.Increment(ref _setsReceived);
        var reader = new Utf8JsonReader(body[payloadStart..]);
        using var set = JsonDocument.ParseValue(ref reader);
        var id = set.RootElement.GetProperty("id").GetString();
        var values = set.RootElement.GetProperty("values").GetRawText();
        // Reply applied, then report what changed, as a real light does.
        Publish("reply", $$"""{"id":"{{id}}","code":0}""", retain: false);
        Publish("properties", $$"""{"values":{{values}}}""", retain: false);
    }

    private void Publish(string subtopic, string json, bool retain) => _connection.Send(Encode(subtopic, json, retain));

    private byte[] Encode(string subtopic, string json, bool retain)
    {
        var topic = Encoding.UTF8.GetBytes($"aiot/{_id}/{subtopic}");
        var payload = Encoding.UTF8.GetBytes(json);
        var packet = new byte[LoadPackets.PublishSize(topic.Length, payload.Length, 0)];
        LoadPackets.WritePublish(packet, topic, payload, 0, 0);
        if (retain)
            packet[0] |= 0x01;
        return packet;
    }
}

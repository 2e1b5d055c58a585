// Appends to a broker store as fast as it can and prints each change only after the store
// acknowledged it as durable: "+N" (message N queued) or "-N" (message N acknowledged, so gone).
// Two in three messages are acknowledged, so the log outgrows the live state and compacts.
// The test kills this process with SIGKILL and checks every printed line against the reopened store.
// Usage: AiotHub.Mqtt.CrashHost <directory> <first N> <compaction minimum bytes> <Always|OsBuffered>
using System.Buffers.Binary;
using System.Globalization;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;

const string ClientId = "crash";
const int Workers = 32;

var directory = args[0];
long next = long.Parse(args[1], CultureInfo.InvariantCulture) - 1;
var options = new MqttBrokerStoreOptions
{
    CompactionRatio = 2,
    CompactionMinimumBytes = long.Parse(args[2], CultureInfo.InvariantCulture),
    FlushMode = Enum.Parse<MqttBrokerStoreFlushMode>(args[3]),
};

var store = MqttBrokerStore.Open(directory, options);
if (!store.LoadState().Sessions.ContainsKey(ClientId))
{
    await store.CreateSessionAsync(ClientId, MqttProtocolVersion.V500, uint.MaxValue);
}

var output = Console.Out;
await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
{
    while (true)
    {
        var n = Interlocked.Increment(ref next);
        var payload = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(payload, n);
        var message = store.AddMessage(new MqttApplicationMessage { Topic = "crash/test", Payload = payload, QualityOfService = MqttQualityOfService.AtLeastOnce });
        await store.EnqueueAsync(ClientId, message, MqttQualityOfService.AtLeastOnce);
        if (n % 3 == 0)
        {
            output.WriteLine("+" + n.ToString(CultureInfo.InvariantCulture));
            continue;
        }

        var packetId = (ushort)(n % 60_000 + 1);
        await store.MarkSentAsync(ClientId, message.Id, packetId);
        await store.AcknowledgeAsync(ClientId, packetId);
        output.WriteLine("-" + n.ToString(CultureInfo.InvariantCulture));
    }
})));

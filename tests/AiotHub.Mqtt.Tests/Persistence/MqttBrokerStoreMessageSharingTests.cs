using System.Text;
using AiotHub.Mqtt.Broker.Persistence;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Mqtt.Tests.Persistence;

public sealed class MqttBrokerStoreMessageSharingTests
{
    private static readonly string[] Sessions = ["a", "b", "c"];

    [Fact]
    public async Task AMessageQueuedForManySessionsIsWrittenOnceAndRecoveredAsOneInstance()
    {
        using var directory = new TemporaryDirectory();
        var payload = "unique-payload-" + Guid.NewGuid().ToString("N");
        await using (var store = MqttBrokerStore.Open(directory.Path))
        {
            var message = store.AddMessage(StoreScript.Message("t", payload, MqttQualityOfService.AtLeastOnce));
            foreach (var session in Sessions)
            {
                await store.CreateSessionAsync(session, MqttProtocolVersion.V500, 100);
                await store.EnqueueAsync(session, message, MqttQualityOfService.AtLeastOnce);
            }
        }

        var journal = Directory.EnumerateFiles(directory.Path, "journal-*.log").Single();
        Assert.Equal(1, CountOccurrences(File.ReadAllBytes(journal), Encoding.UTF8.GetBytes(payload)));

        await using var reopened = MqttBrokerStore.Open(directory.Path);
        var state = reopened.LoadState();
        var first = state.Sessions["a"].Queue[0].Message;
        Assert.Same(first, state.Sessions["b"].Queue[0].Message);
        Assert.Same(first, state.Sessions["c"].Queue[0].Message);
        Assert.Equal(1, reopened.StoredMessageCount);
    }

    [Fact]
    public async Task AMessageIsFreedWhenItsLastReferenceIsAcknowledgedAndStaysFreedAfterReopen()
    {
        using var directory = new TemporaryDirectory();
        await using (var store = MqttBrokerStore.Open(directory.Path))
        {
            var message = store.AddMessage(StoreScript.Message("t", "x", MqttQualityOfService.ExactlyOnce));
            foreach (var session in Sessions)
            {
                await store.CreateSessionAsync(session, MqttProtocolVersion.V500, 100);
                await store.EnqueueAsync(session, message, MqttQualityOfService.ExactlyOnce);
            }

            await store.MarkSentAsync("a", message.Id, 1);
            await store.AcknowledgeAsync("a", 1);
            await store.DiscardAsync("b", message.Id);
            Assert.Equal(1, store.StoredMessageCount);

            await store.MarkSentAsync("c", message.Id, 7);
            await store.MarkReleasedAsync("c", 7);
            await store.AcknowledgeAsync("c", 7);
            Assert.Equal(0, store.StoredMessageCount);
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.EnqueueAsync("a", message, MqttQualityOfService.AtLeastOnce));
        }

        await using var reopened = MqttBrokerStore.Open(directory.Path);
        Assert.Equal(0, reopened.StoredMessageCount);
        Assert.All(reopened.LoadState().Sessions.Values, s => Assert.Empty(s.Queue));
    }

    [Fact]
    public async Task RemovingASessionReleasesItsReferences()
    {
        using var directory = new TemporaryDirectory();
        await using var store = MqttBrokerStore.Open(directory.Path);
        await store.CreateSessionAsync("a", MqttProtocolVersion.V500, 100);
        await store.CreateSessionAsync("b", MqttProtocolVersion.V500, 100);
        var message = store.AddMessage(StoreScript.Message("t", "x", MqttQualityOfService.AtLeastOnce));
        await store.EnqueueAsync("a", message, MqttQualityOfService.AtLeastOnce);
        await store.EnqueueAsync("b", message, MqttQualityOfService.AtLeastOnce);

        await store.RemoveSessionAsync("a");
        Assert.Equal(1, store.StoredMessageCount);
        await store.RemoveSessionAsync("b");
        Assert.Equal(0, store.StoredMessageCount);
    }

    [Fact]
    public async Task AMessageNeverEnqueuedIsDroppedAtTheNextOpen()
    {
        using var directory = new TemporaryDirectory();
        await using (var store = MqttBrokerStore.Open(directory.Path))
        {
            store.AddMessage(StoreScript.Message("t", "x", MqttQualityOfService.AtLeastOnce));
            await store.FlushAsync();
            Assert.Equal(1, store.StoredMessageCount);
        }

        await using var reopened = MqttBrokerStore.Open(directory.Path);
        Assert.Equal(0, reopened.StoredMessageCount);
    }

    private static int CountOccurrences(byte[] haystack, byte[] needle)
    {
        var count = 0;
        var span = haystack.AsSpan();
        int index;
        while ((index = span.IndexOf(needle)) >= 0)
        {
            count++;
            span = span[(index + needle.Length)..];
        }

        return count;
    }
}

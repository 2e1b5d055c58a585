using AiotHub.Mqtt.Client;
using AiotHub.Mqtt.Protocol;
using AiotHub.Mqtt.Tests.Infrastructure;

namespace AiotHub.Mqtt.Tests.Client;

public sealed class MqttClientLifetimeTests
{
    [Fact]
    public async Task LostConnectionsCancelledCallsAndDisposalLeaveNoUnobservedTaskExceptions()
    {
        var ct = TestContext.Current.CancellationToken;
        var unobserved = new List<Exception>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
        {
            // Only ours: other tests run in parallel in this process.
            if (e.Exception.InnerExceptions.Any(x => x.GetType().Namespace?.StartsWith("AiotHub", StringComparison.Ordinal) == true))
            {
                lock (unobserved)
                {
                    unobserved.Add(e.Exception);
                }
            }
        }

        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            await RunChurnAsync(ct);
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                await Task.Delay(50, ct);
            }
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }

        Assert.Empty(unobserved);
    }

    [Fact]
    public async Task DisposeStopsReconnectingAndFailsPendingPublishes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500, o =>
        {
            o.AutoReconnect = true;
            o.ReconnectMinDelay = TimeSpan.FromMilliseconds(50);
            o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
        });
        var states = new StateRecorder(client);
        await broker.KillAsync(ct);
        await states.WaitForAsync(connected: false);
        var pending = client.PublishAsync(ClientFactory.Message("a/b", "never", MqttQualityOfService.AtLeastOnce), ct);

        await client.DisposeAsync().AsTask().WaitAsync(ReceivedMessages.Timeout, ct);

        await Assert.ThrowsAnyAsync<Exception>(() => pending.WaitAsync(ReceivedMessages.Timeout, ct));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.PublishAsync(ClientFactory.Message("a/b", "x"), ct));
        await broker.StartAgainAsync(ct);
        await Task.Delay(500, ct);
        Assert.False(client.IsConnected);
        Assert.DoesNotContain(states.Snapshot(), e => e.IsConnected);
    }

    private static async Task RunChurnAsync(CancellationToken ct)
    {
        await using var broker = await MosquittoBroker.StartAsync(cancellationToken: ct);
        var topic = ClientFactory.UniqueTopic("churn");
        var client = await ClientFactory.ConnectAsync(broker.Port, MqttProtocolVersion.V500, o =>
        {
            o.AutoReconnect = true;
            o.ReconnectMinDelay = TimeSpan.FromMilliseconds(50);
            o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(200);
            o.CommunicationTimeout = TimeSpan.FromSeconds(1);
        });
        var states = new StateRecorder(client);
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, ct);

        await broker.PauseAsync();
        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200)))
        {
            // Written but never acknowledged: the callers stop waiting, the flows stay in the session.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => client.PublishAsync(ClientFactory.Message(topic, "1", MqttQualityOfService.AtLeastOnce), cancel.Token));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => client.PublishAsync(ClientFactory.Message(topic, "2", MqttQualityOfService.ExactlyOnce), cancel.Token));
        }

        await Assert.ThrowsAsync<TimeoutException>(() => client.SubscribeAsync(topic + "/late", MqttQualityOfService.AtLeastOnce, ct));
        var orphan = client.SubscribeAsync(topic + "/orphan", MqttQualityOfService.AtLeastOnce, ct);
        await broker.KillAsync(ct);
        await states.WaitForAsync(connected: false);
        await Assert.ThrowsAnyAsync<Exception>(() => orphan);

        var offline = client.PublishAsync(ClientFactory.Message(topic, "offline", MqttQualityOfService.AtLeastOnce), ct);
        await client.DisposeAsync();
        await Assert.ThrowsAsync<MqttClientDisconnectedException>(() => offline);
    }
}

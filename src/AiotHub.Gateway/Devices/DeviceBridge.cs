using System.Text;
using AiotHub.Core.Devices;
using AiotHub.Core.Firmware;
using AiotHub.Gateway.Firmware;
using AiotHub.Gateway.Mqtt;
using AiotHub.Gateway.Pairing;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Protocol;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// The device "head": subscribed through the <see cref="IDeviceLink"/> (in-process with the embedded broker, an MQTT
/// client of an external one) to "{root}/+/#". Every message goes through <see cref="DeviceMessageHandler"/> into the
/// <see cref="DeviceRegistry"/>; every command the registry accepts is a typed request on its outbox, written by
/// <see cref="DeviceCommandWriter"/> and published QoS 1 with the MQTT 5 response topic and correlation data. Firmware
/// updates pass both ways through the <see cref="OtaChannel"/>: its commands are written by <see cref="OtaCommandWriter"/>
/// and published QoS 1 on "{root}/{id}/ota"; each valid "{root}/{id}/ota/status" is reported into it.
/// </summary>
internal sealed class DeviceBridge(
    DeviceRegistry registry,
    IDeviceLink link,
    DeviceMessageDurability durability,
    IOptions<DevicesOptions> devicesOptions,
    IOptions<MqttOptions> mqttOptions,
    IServiceProvider services,
    TimeProvider timeProvider,
    ILogger<DeviceBridge> logger,
    OtaChannel? ota = null) : BackgroundService
{
    private static readonly TimeSpan FirstConnectRetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>How long a removal waits for the broker to take the cleared retained messages.</summary>
    private static readonly TimeSpan ClearRetainedTimeout = TimeSpan.FromSeconds(5);

    private readonly string _root = devicesOptions.Value.TopicRoot;
    private readonly DeviceMessageHandler _handler = new(registry, devicesOptions.Value.TopicRoot, logger, ota, timeProvider);

    public DeviceMessageHandler Handler => _handler;

    public bool IsConnected => link.IsConnected;

    /// <summary>For /healthz.</summary>
    public DevicesStatus GetStatus()
    {
        var summary = registry.Summarize();
        return new DevicesStatus(IsConnected, summary.Devices, summary.Online, summary.Pending, summary.PendingCommands,
            _handler.Messages, _handler.Malformed, registry.RefusedAnnouncements, registry.DuplicateReports, registry.QueuedCommands, registry.RefusedCommands);
    }

    /// <summary>
    /// With the embedded broker (started first: AddMqtt comes first) the bridge attaches and subscribes before the host
    /// reports started, so a ready hub already sees every device. In-process, the broker holds device connections until
    /// the link has attached (the link then opens them): a report sent as early as a device can is never lost for want of
    /// a subscriber. Over loopback the broker already accepts, so the link can connect.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (mqttOptions.Value.Mode == MqttMode.Embedded)
            await TryStartLinkAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!link.IsConnected && !await TryStartLinkAsync(stoppingToken))
            await Task.Delay(FirstConnectRetryDelay, timeProvider, stoppingToken);

        await Task.WhenAll(PumpCommandsAsync(stoppingToken), PumpOtaAsync(stoppingToken));
    }

    private async Task PumpCommandsAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in registry.Outbox.ReadAllAsync(stoppingToken))
            await PublishAsync(message, stoppingToken);
    }

    private async Task PumpOtaAsync(CancellationToken stoppingToken)
    {
        if (ota is null)
            return;
        await foreach (var command in ota.Commands.ReadAllAsync(stoppingToken))
            await PublishAsync(command, stoppingToken);
    }

    /// <summary>Starts the link once; afterwards it keeps itself up (the client's auto-reconnect re-subscribes).</summary>
    private async Task<bool> TryStartLinkAsync(CancellationToken cancellationToken)
    {
        var filter = _root + "/+/#";
        try
        {
            await link.StartAsync(filter, OnMessage, cancellationToken);
            DevicesLog.Connected(logger, link.Description, filter);
            return true;
        }
        catch (DeviceLinkException e)
        {
            DevicesLog.ConnectFailed(logger, e, link.Description, FirstConnectRetryDelay);
            return false;
        }
    }

    /// <summary>
    /// On the link's thread (the device's connection, in-process): the registry takes the message synchronously.
    /// For a QoS 1/2 message the returned task completes once the stores have committed what they keep from it
    /// (<see cref="DeviceMessageDurability"/>, group-committed), and only then does the bus acknowledge it; a failed
    /// write faults it, so the device gets no PUBACK and sends the message again. QoS 0 and the retained messages
    /// replayed at subscribe are best effort: done when the registry has them in memory.
    /// </summary>
    private ValueTask OnMessage(DeviceLinkMessage message)
    {
        var acknowledged = message.QualityOfService != MqttQualityOfService.AtMostOnce && !message.Retain;
        try
        {
            if (PairingResponder.IsRequest(message.Topic, _root, out var pairingId))
                return AnswerPairingAsync(pairingId, message.ToApplicationMessage());
            _handler.Handle(message.Topic, message.Payload);
        }
        catch (Exception e)
        {
            // The handler refuses bad input itself; this is the store failing (disk full, say): no acknowledgement.
            DevicesLog.HandlerFailed(logger, e, message.Topic);
            return acknowledged ? ValueTask.FromException(e) : ValueTask.CompletedTask;
        }

        return acknowledged ? new ValueTask(durability.WhenDurableAsync()) : ValueTask.CompletedTask;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await link.DisposeAsync();
    }

    /// <summary>
    /// Clears a removed device's retained messages — its announce and availability — with an empty
    /// retained message on each (MQTT 5.0 §3.3.1.3), so nobody who subscribes later (this bridge after a
    /// restart included) sees the device again. Through the link: in-process, complete once durable; an external
    /// broker, on PUBACK. False when the broker did not take them within a few seconds: an external broker that is
    /// unreachable gets them when the link reconnects (the client's offline queue keeps them).
    /// </summary>
    public async Task<bool> ClearRetainedAsync(string deviceId, CancellationToken cancellationToken)
    {
        MqttApplicationMessage[] messages =
        [
            new() { Topic = $"{_root}/{deviceId}/announce", Retain = true, QualityOfService = MqttQualityOfService.AtLeastOnce },
            new() { Topic = $"{_root}/{deviceId}/availability", Retain = true, QualityOfService = MqttQualityOfService.AtLeastOnce },
        ];
        try
        {
            // Not cancelled on timeout: a message the client could not send yet stays queued for the reconnect.
            var results = await Task.WhenAll(messages.Select(m => link.PublishAsync(m, CancellationToken.None).AsTask()))
                .WaitAsync(ClearRetainedTimeout, timeProvider, cancellationToken);
            return results.All(r => r);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DevicesLog.ClearRetainedFailed(logger, e, deviceId);
            return false;
        }
    }

    /// <summary>
    /// A pairing request (docs/mqtt-protocol.md "Pairing"), answered with the embedded broker only: with an external
    /// broker the hub cannot give a device credentials that broker would accept.
    /// </summary>
    private async ValueTask AnswerPairingAsync(string deviceId, MqttApplicationMessage request)
    {
        try
        {
            if (mqttOptions.Value.Mode != MqttMode.Embedded || services.GetService<PairingResponder>() is not { } responder)
                return;
            if (responder.Answer(_root, deviceId, request) is { } answer)
                await link.PublishAsync(answer, CancellationToken.None);
        }
        catch (Exception e)
        {
            DevicesLog.HandlerFailed(logger, e, request.Topic);
        }
    }

    /// <summary>
    /// One firmware-update command, QoS 1, not retained: a device that is offline misses it, and the rollout engine's
    /// own timeouts send it again (a device resumes an offer it already began).
    /// </summary>
    private async Task PublishAsync(OtaCommand command, CancellationToken cancellationToken)
    {
        try
        {
            var message = new MqttApplicationMessage
            {
                Topic = OtaCommandWriter.Topic(_root, command),
                Payload = OtaCommandWriter.Payload(command),
                QualityOfService = MqttQualityOfService.AtLeastOnce,
                ContentType = "application/json",
            };
            if (!await link.PublishAsync(message, cancellationToken))
                DevicesLog.OtaPublishRefused(logger, OtaCommandWriter.Op(command.Kind), command.JobId, command.DeviceId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DevicesLog.OtaPublishFailed(logger, e, OtaCommandWriter.Op(command.Kind), command.JobId, command.DeviceId);
        }
    }

    private async Task PublishAsync(DeviceCommandRequest outbound, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessage
        {
            Topic = DeviceCommandWriter.Topic(_root, outbound),
            Payload = DeviceCommandWriter.Payload(outbound),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            ContentType = "application/json",
            ResponseTopic = $"{_root}/{outbound.DeviceId}/reply",
            CorrelationData = Encoding.UTF8.GetBytes(outbound.CommandId),
        };
        try
        {
            // Sent before the publish: in-process the device may reply before PublishAsync returns.
            registry.MarkSent(outbound.CommandId);
            if (!await link.PublishAsync(message, cancellationToken))
                DevicesLog.PublishRefused(logger, outbound.CommandId, outbound.DeviceId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The command times out (or goes offline) on its own; nothing to undo here.
            DevicesLog.PublishFailed(logger, e, outbound.CommandId, outbound.DeviceId);
        }
    }
}

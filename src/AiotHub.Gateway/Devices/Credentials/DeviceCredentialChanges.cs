using AiotHub.Core.Devices;
using AiotHub.Core.Events;
using AiotHub.Gateway.Mqtt;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Devices.Credentials;

/// <summary>
/// Rotating and revoking a device's credentials with effect at once, without a restart: the store changes first
/// (so the old secret is refused from that moment), then the device's connection is ended — its session too on
/// revocation. A device removed from the registry (<see cref="DeviceRemoval"/>) is revoked.
/// </summary>
internal sealed partial class DeviceCredentialChanges(
    DeviceCredentials credentials, DeviceRegistry registry, EmbeddedBrokerService broker, ILogger<DeviceCredentialChanges> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        registry.Events.Published += OnEvent;
        // Placements are kept with the credentials: a device provisioned before a restart still lands in its home.
        foreach (var credential in credentials.List().Where(c => !c.IsRevoked))
            registry.ExpectDevice(credential.DeviceId, new DevicePlacement(credential.HomeId, credential.RoomId, credential.Name));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        registry.Events.Published -= OnEvent;
        return Task.CompletedTask;
    }

    /// <summary>The new secret (shown once), or null when the device has no unrevoked credentials.</summary>
    public async Task<string?> RotateAsync(string deviceId, CancellationToken cancellationToken)
    {
        if (credentials.Rotate(deviceId) is not { } secret)
            return null;
        LogRotated(logger, deviceId);
        await DisconnectAsync(deviceId, endSession: false, cancellationToken);
        return secret;
    }

    /// <summary>False when the device has no credentials or they were already revoked.</summary>
    public async Task<bool> RevokeAsync(string deviceId, CancellationToken cancellationToken)
    {
        if (!credentials.Revoke(deviceId))
            return false;
        registry.ForgetExpectedDevice(deviceId);
        LogRevoked(logger, deviceId);
        await DisconnectAsync(deviceId, endSession: true, cancellationToken);
        return true;
    }

    /// <summary>Ends the device's connection (5.0: DISCONNECT 0x87), and with <paramref name="endSession"/> its session.</summary>
    public async Task DisconnectAsync(string deviceId, bool endSession, CancellationToken cancellationToken)
    {
        if (broker.Broker is { } running)
            await running.DisconnectClientAsync(deviceId, MqttReasonCode.NotAuthorized, endSession, cancellationToken);
    }

    private void OnEvent(HomeEvent homeEvent)
    {
        if (homeEvent.Data is not DeviceRemoval || homeEvent.DeviceId is not { } deviceId)
            return;
        // Handlers only note the event: the revocation (a write, a disconnect) runs on its own.
        _ = Task.Run(async () =>
        {
            try
            {
                await RevokeAsync(deviceId, CancellationToken.None);
            }
            catch (Exception e)
            {
                LogRevokeFailed(logger, e, deviceId);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Device {DeviceId}: credentials rotated; the old secret is refused and the device disconnected")]
    private static partial void LogRotated(ILogger logger, string deviceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Device {DeviceId}: credentials revoked; the device and its session are ended")]
    private static partial void LogRevoked(ILogger logger, string deviceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Device {DeviceId} was removed but its credentials could not be revoked")]
    private static partial void LogRevokeFailed(ILogger logger, Exception exception, string deviceId);
}

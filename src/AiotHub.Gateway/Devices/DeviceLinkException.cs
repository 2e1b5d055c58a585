namespace AiotHub.Gateway.Devices;

/// <summary>A device link could not start (the broker unreachable, the subscription refused).</summary>
internal sealed class DeviceLinkException(string link, Exception inner) : Exception($"The device link to {link} could not start: {inner.Message}", inner);

using System.Text.Json;

namespace AiotHub.Core.Devices;

/// <summary>
/// How the registry records a request in <see cref="DeviceCommand.Payload"/> (and hub.db): the typed request serialised
/// as it is, for history and support. The wire form a device receives is written at the edge, not here.
/// </summary>
internal static class DeviceCommandRecord
{
    public static string Write(DeviceCommandRequest request) =>
        JsonSerializer.Serialize(request, request.GetType(), DeviceCommandRecordContext.Default);
}

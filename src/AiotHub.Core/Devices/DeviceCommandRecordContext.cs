using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiotHub.Core.Devices;

/// <summary>Source-generated serialisation of the command requests for <see cref="DeviceCommandRecord"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SetPropertiesRequest))]
[JsonSerializable(typeof(CallActionRequest))]
[JsonSerializable(typeof(GetPropertiesRequest))]
internal sealed partial class DeviceCommandRecordContext : JsonSerializerContext;

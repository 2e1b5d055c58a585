using System.Text.Json.Serialization;
using AiotHub.Gateway.Pairing;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// An open pairing code. <see cref="Code"/> and <see cref="QrPayload"/> are in the answer that creates it only;
/// the hub keeps the code hashed and cannot show it again.
/// </summary>
internal sealed record PairingResponse(
    string Id,
    string HomeId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RoomId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DeviceId,
    DateTimeOffset Created,
    DateTimeOffset Expires,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? QrPayload = null)
{
    public static PairingResponse From(PairingCode pairing, string? code = null, string? qrPayload = null) =>
        new(pairing.Id, pairing.HomeId, pairing.Name, pairing.RoomId, pairing.DeviceId, pairing.Created, pairing.Expires, code, qrPayload);
}

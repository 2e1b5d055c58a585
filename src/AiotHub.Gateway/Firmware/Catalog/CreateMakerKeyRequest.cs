namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>
/// <c>POST /api/v1/makers/{vendor}/keys</c>: the public key (base64 of the raw 32 bytes, or a PEM PUBLIC KEY) and an
/// optional id (1–64 of letters, digits, '.', '_', '-'; default the next free <c>k1</c>, <c>k2</c>, …).
/// </summary>
internal sealed record CreateMakerKeyRequest(string? Id, string? PublicKey);

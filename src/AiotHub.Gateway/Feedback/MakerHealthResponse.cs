namespace AiotHub.Gateway.Feedback;

/// <summary>GET /api/v1/makers/{vendor}/health: per model and firmware version, commands counted from <see cref="Since"/>.</summary>
internal sealed record MakerHealthResponse(string Vendor, DateTimeOffset Since, IReadOnlyList<FirmwareHealth> Versions);

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>Release notes as a maker sends them: English and Chinese, each 1–4,000 characters.</summary>
internal sealed record FirmwareNotesRequest(string? En, string? Zh);

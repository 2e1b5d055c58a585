namespace AiotHub.Core.Firmware;

/// <summary>Release notes in the two languages the hub speaks; each at most 4,000 characters, plain text.</summary>
public sealed record FirmwareNotes(string En, string Zh);

namespace AiotHub.Gateway.Provisioning;

/// <summary>One device of a provisioning request: its id and model, and optionally its name and room (an id or a name; a new name makes the room).</summary>
internal sealed record ProvisionDevice(string? Id, string? Model, string? Name = null, string? Room = null);

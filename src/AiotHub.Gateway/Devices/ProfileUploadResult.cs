namespace AiotHub.Gateway.Devices;

/// <summary>An upload's outcome, the version the model's next upload must have, and (when full) the bytes its namespace holds.</summary>
internal sealed record ProfileUploadResult(ProfileUploadOutcome Outcome, long ExpectedVersion, long NamespaceBytes = 0);

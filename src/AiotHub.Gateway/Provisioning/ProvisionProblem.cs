namespace AiotHub.Gateway.Provisioning;

/// <summary>Why a provisioning request changed nothing: the JSON path of the first bad value, and whether it is a conflict (409) rather than bad input (400).</summary>
internal sealed record ProvisionProblem(string Path, string Message, bool Conflict = false);

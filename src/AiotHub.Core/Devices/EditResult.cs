namespace AiotHub.Core.Devices;

/// <summary>An edit's outcome and the resource after it (as it is, when the precondition failed; null when not found).</summary>
public readonly record struct EditResult<T>(EditOutcome Outcome, T? Value);

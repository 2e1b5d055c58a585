using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice.Learning;

/// <summary>A teach request's outcome: the taught utterance, or the problems at their JSON paths.</summary>
public sealed record TeachResult(TeachStatus Status, TaughtUtterance? Taught, IReadOnlyList<ProfileError> Errors);

namespace AiotHub.Core.Profiles;

/// <summary>One allowed value of an enumerated integer property, with what it means.</summary>
public sealed record ValueListItem(long Value, string Description);

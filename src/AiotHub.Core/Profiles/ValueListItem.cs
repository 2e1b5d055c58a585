namespace AiotHub.Core.Profiles;

/// <summary>One allowed value of an enumerated integer property, with what it means (and that in other languages).</summary>
public sealed record ValueListItem(long Value, string Description, IReadOnlyDictionary<string, string>? Descriptions = null);

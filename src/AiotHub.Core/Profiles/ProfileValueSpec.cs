namespace AiotHub.Core.Profiles;

/// <summary>
/// What a value may be: shared by properties and by action and event arguments. Numeric formats
/// carry exactly one of <see cref="Range"/> or <see cref="List"/>; strings may carry <see cref="MaxLength"/>.
/// </summary>
public sealed record ProfileValueSpec(
    PropertyFormat Format,
    string? Unit = null,
    ValueRange? Range = null,
    IReadOnlyList<ValueListItem>? List = null,
    int? MaxLength = null)
{
    /// <summary>The longest string value accepted, declared or the default.</summary>
    public int EffectiveMaxLength => MaxLength ?? ProfileLimits.DefaultStringMaxLength;
}

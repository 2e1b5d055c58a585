namespace AiotHub.Gateway.Access;

/// <summary>The "Api" section.</summary>
internal sealed class AccessOptions
{
    public const string SectionName = "Api";

    /// <summary>Every /api/v1 call needs a bearer token. Off only for a hub on a trusted bench.</summary>
    public bool RequireAuthentication { get; set; } = true;
}

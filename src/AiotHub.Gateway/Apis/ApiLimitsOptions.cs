namespace AiotHub.Gateway.Apis;

/// <summary>The "Api" section's request size limits: bodies above them are refused with 413 before anything reads them.</summary>
internal sealed class ApiLimitsOptions
{
    public const string SectionName = "Api";

    /// <summary>Any /api/v1 request body (commands, edits, tokens …).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>A profile upload: a whole device profile document (the profile validator refuses more than 1 MiB anyway).</summary>
    public long MaxProfileBytes { get; set; } = 1024 * 1024;
}

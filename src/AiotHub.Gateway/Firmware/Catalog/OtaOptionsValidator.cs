using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Firmware.Catalog;

/// <summary>Checks the "Ota" section, bound straight into <see cref="OtaOptions"/>, at start; each message names its key.</summary>
internal sealed class OtaOptionsValidator : IValidateOptions<OtaOptions>
{
    public ValidateOptionsResult Validate(string? name, OtaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string s = OtaOptions.SectionName;
        OptionRange.Check(failures, $"{s}:{nameof(options.MaxImageBytes)}", options.MaxImageBytes, 1024L, 4L * 1024 * 1024 * 1024);
        OptionRange.Check(failures, $"{s}:{nameof(options.MaxStoredBytes)}", options.MaxStoredBytes, 1024L, 1024L * 1024 * 1024 * 1024);
        OptionRange.Check(failures, $"{s}:{nameof(options.FetchTimeout)}", options.FetchTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromHours(2));
        OptionRange.Check(failures, $"{s}:{nameof(options.DownloadLinkLifetime)}", options.DownloadLinkLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
        OptionRange.Check(failures, $"{s}:{nameof(options.MaxDownloadLinks)}", options.MaxDownloadLinks, 10, 10_000_000);
        if (options.MaxImageBytes > options.MaxStoredBytes)
            failures.Add($"{s}:{nameof(options.MaxImageBytes)} ({options.MaxImageBytes}) is larger than {s}:{nameof(options.MaxStoredBytes)} ({options.MaxStoredBytes}).");
        if (string.IsNullOrWhiteSpace(options.ImageDirectory))
            failures.Add($"{s}:{nameof(options.ImageDirectory)} is empty.");
        if (!string.IsNullOrWhiteSpace(options.DownloadBaseUrl)
            && (!Uri.TryCreate(options.DownloadBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)))
            failures.Add($"{s}:{nameof(options.DownloadBaseUrl)} '{options.DownloadBaseUrl}' is not an absolute http(s) URL without a query.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

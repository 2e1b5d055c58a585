using AiotHub.Telemetry.Influx;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Telemetry;

/// <summary>What the export needs to work, checked at start with messages that name the setting.</summary>
internal sealed class InfluxSinkOptionsValidator : IValidateOptions<InfluxSinkOptions>
{
    public ValidateOptionsResult Validate(string? name, InfluxSinkOptions options)
    {
        if (options.Url is not { } url)
            return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            failures.Add($"Telemetry:Influx:Url '{url}' must be an absolute http:// or https:// address, e.g. http://influx.local:8086.");
        if (options.Api == InfluxApiVersion.V1 && string.IsNullOrWhiteSpace(options.Database))
            failures.Add("Telemetry:Influx:Database is required with Telemetry:Influx:Api=V1 (the database to write to).");
        if (options.Api == InfluxApiVersion.V2 && string.IsNullOrWhiteSpace(options.Bucket))
            failures.Add("Telemetry:Influx:Bucket is required with Telemetry:Influx:Api=V2 (the bucket, or InfluxDB 3's database).");
        if (options.FlushInterval <= TimeSpan.Zero || options.FlushInterval > TimeSpan.FromMinutes(10))
            failures.Add($"Telemetry:Influx:FlushInterval {options.FlushInterval} must be more than 0 and at most 10 minutes.");
        if (options.RequestTimeout <= TimeSpan.Zero)
            failures.Add($"Telemetry:Influx:RequestTimeout {options.RequestTimeout} must be more than 0.");
        if (string.IsNullOrWhiteSpace(options.OutboxPath))
            failures.Add("Telemetry:Influx:OutboxPath must not be empty.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

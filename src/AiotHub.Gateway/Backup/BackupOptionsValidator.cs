using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Backup;

/// <summary>Backup:MaxBytes and Backup:Timeout within sense; a bad one stops the start naming it.</summary>
internal sealed class BackupOptionsValidator : IValidateOptions<BackupOptions>
{
    public const long MinBytes = 1L << 20;
    public static readonly TimeSpan MinTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(24);

    public ValidateOptionsResult Validate(string? name, BackupOptions options)
    {
        var problems = new List<string>();
        if (options.MaxBytes < MinBytes)
            problems.Add($"Backup:MaxBytes must be at least {MinBytes} (1 MiB); it is {options.MaxBytes}.");
        if (options.Timeout < MinTimeout || options.Timeout > MaxTimeout)
            problems.Add($"Backup:Timeout must be from {MinTimeout} to {MaxTimeout}; it is {options.Timeout}.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

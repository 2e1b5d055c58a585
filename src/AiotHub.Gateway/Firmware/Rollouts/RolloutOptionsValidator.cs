using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>Checks the "Ota:Rollouts" section at start; each message names its key.</summary>
internal sealed class RolloutOptionsValidator : IValidateOptions<RolloutOptions>
{
    public ValidateOptionsResult Validate(string? name, RolloutOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string section = RolloutOptions.SectionName;
        OptionRange.Check(failures, $"{section}:{nameof(options.Tick)}", options.Tick, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(1));
        OptionRange.Check(failures, $"{section}:{nameof(options.OfferTimeout)}", options.OfferTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        OptionRange.Check(failures, $"{section}:{nameof(options.MaxOffers)}", options.MaxOffers, 1, 20);
        OptionRange.Check(failures, $"{section}:{nameof(options.DefaultSoak)}", options.DefaultSoak, TimeSpan.Zero, RolloutRequests.MaxSoak);
        OptionRange.Check(failures, $"{section}:{nameof(options.MaxRollouts)}", options.MaxRollouts, 10, 100_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using AiotHub.Core.Devices.Persistence;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// builder.AddSuggestions(): the "Suggestions" section bound into <see cref="SuggestionsOptions"/> (checked at start),
/// the suggestions' tables in hub.db (<see cref="SuggestionStore"/>), accepting (<see cref="SuggestionAcceptance"/>) and the
/// background miner (<see cref="SuggestionMiningService"/>). Call after AddActivity, AddScenes and AddAutomations.
/// </summary>
internal static class SuggestionsHostingExtensions
{
    public static IHostApplicationBuilder AddSuggestions(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SuggestionsOptions>().BindConfiguration(SuggestionsOptionsValidator.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SuggestionsOptions>, SuggestionsOptionsValidator>();
        services.AddSingleton(sp => SuggestionStore.Open(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton<SuggestionAcceptance>();
        services.AddSingleton<SuggestionMiningService>();
        services.AddHostedService(sp => sp.GetRequiredService<SuggestionMiningService>());
        return builder;
    }
}

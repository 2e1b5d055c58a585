using System.Threading.RateLimiting;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Persistence;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Devices.Persistence;
using AiotHub.Gateway.Apis;
using AiotHub.Gateway.Devices;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Automations;

/// <summary>
/// builder.AddAutomations(): the "Automations" section bound into the engine's and the hooks' options and "Automations:Limits" (all checked at start), the catalog, the home
/// modes and the engine over hub.db, the engine's start and stop with the hub, and the per-hook
/// rate limit of POST /api/v1/hooks/{hookId}. Call after AddScenes.
/// </summary>
internal static class AutomationsHostingExtensions
{
    /// <summary>The rate limiter policy of the webhook endpoint: a token bucket per hook id.</summary>
    public const string HookRateLimitPolicy = "hooks";

    public static IHostApplicationBuilder AddAutomations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Bound once, straight into the types the engine, the catalog and the webhook limiter use, and checked at start
        // (docs/automations.md "Limits"): the engine's part and the hooks' part of "Automations", and its "Limits".
        services.AddOptions<AutomationLimits>().BindConfiguration(AutomationLimits.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AutomationLimits>, AutomationLimitsValidator>();
        services.AddOptions<AutomationEngineOptions>().BindConfiguration(AutomationEngineOptionsValidator.SectionName)
            .Configure<IOptions<AutomationLimits>, ILogger<AutomationEngine>>((options, limits, logger) =>
            {
                options.Limits = limits.Value;
                options.OnError = e => AutomationsLog.EngineFailed(logger, e);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AutomationEngineOptions>, AutomationEngineOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AutomationEngineOptions>>().Value);
        services.AddOptions<AutomationHookOptions>().BindConfiguration(AutomationEngineOptionsValidator.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AutomationHookOptions>, AutomationHookOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var devices = sp.GetRequiredService<IOptions<DeviceStoreOptions>>().Value;
            var logger = sp.GetRequiredService<ILogger<AutomationEngine>>();
            return AutomationStore.Open(sp.GetRequiredService<DeviceStore>().Path, new AutomationStoreOptions
            {
                WriteBehindInterval = devices.FlushInterval,
                TimeProvider = sp.GetRequiredService<TimeProvider>(),
                OnError = e => AutomationsLog.StoreFailed(logger, e),
            });
        });
        services.AddSingleton(sp => HomeModeStore.Open(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton(sp => new AutomationCatalog(sp.GetRequiredService<DeviceRegistry>(), sp.GetRequiredService<SceneCatalog>(),
            sp.GetRequiredService<AutomationStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<AutomationEngineOptions>()));
        services.AddSingleton(sp => new HomeModes(sp.GetRequiredService<DeviceRegistry>(), sp.GetRequiredService<HomeModeStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AutomationEngine(sp.GetRequiredService<AutomationCatalog>(), sp.GetRequiredService<SceneRunner>(),
            sp.GetRequiredService<HomeModes>(), sp.GetRequiredService<AutomationStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<AutomationEngineOptions>()));
        services.AddHostedService<AutomationEngineHost>();
        services.AddSingleton<AutomationMemoryTrim>();
        services.AddHostedService(sp => sp.GetRequiredService<AutomationMemoryTrim>());

        var api = builder.Configuration.GetSection(ApiRateLimitOptions.SectionName).Get<ApiRateLimitOptions>() ?? new ApiRateLimitOptions();
        services.AddRateLimiter(limiter => limiter.AddPolicy(HookRateLimitPolicy, context => !api.Enabled
            ? RateLimitPartition.GetNoLimiter("unlimited")
            : RateLimitPartition.GetTokenBucketLimiter("hook:" + context.GetRouteValue("hookId"), _ =>
            {
                var hooks = context.RequestServices.GetRequiredService<IOptions<AutomationHookOptions>>().Value;
                return new TokenBucketRateLimiterOptions
                {
                    TokenLimit = hooks.HookBurst,
                    TokensPerPeriod = hooks.HookPerMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                };
            })));
        return builder;
    }
}

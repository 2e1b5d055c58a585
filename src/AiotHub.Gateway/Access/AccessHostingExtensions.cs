using AiotHub.Core.Devices.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Access;

/// <summary>builder.AddAccess(): the "Api" options, the token store (its own table in hub.db), bearer authentication and the role policies.</summary>
internal static class AccessHostingExtensions
{
    public static IHostApplicationBuilder AddAccess(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.SectionName)
            // One proxy given as a plain value (--Api:TrustedProxies=127.0.0.1) rather than a list.
            .Configure<IConfiguration>((options, configuration) =>
            {
                if (configuration[$"{AccessOptions.SectionName}:{nameof(AccessOptions.TrustedProxies)}"] is { Length: > 0 } one)
                    options.TrustedProxies = [one];
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>();
        services.AddSingleton(sp => TrustedProxies.Parse(sp.GetRequiredService<IOptions<AccessOptions>>().Value.TrustedProxies, []));
        services.AddOptions<ForwardedHeadersOptions>().Configure<TrustedProxies>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            forwarded.ForwardLimit = null; // through every trusted proxy of a chain, back to the first address nobody vouches for
            // ASP.NET Core trusts loopback out of the box; here only what Api:TrustedProxies lists.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxies.Addresses)
                forwarded.KnownProxies.Add(address);
            foreach (var network in proxies.Networks)
                forwarded.KnownIPNetworks.Add(network);
        });
        services.AddSingleton(sp => AccessTokenStore.Open(sp.GetRequiredService<DeviceStore>().Path));
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<ProfileNamespaces>();
        services.AddHostedService<SetupCodeAnnouncer>();
        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(AccessPolicy.Add);
        services.AddSingleton<IAuthorizationHandler, AccessAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        return builder;
    }

    /// <summary>
    /// The client's address (behind a trusted proxy, from its X-Forwarded-For), authentication, the
    /// API's rate limits, then authorization: the limiter runs between the last two so it sees who the
    /// token is (a bucket per token) and so requests without a valid token — missing, unknown,
    /// revoked — count against their address before they are answered 401.
    /// </summary>
    public static WebApplication UseAccess(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var proxies = context.RequestServices.GetRequiredService<TrustedProxies>();
            new ProxiedRequest(proxies.Contains(context.Connection.RemoteIpAddress), context.Request.Headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName))
                .Attach(context);
            return next(context);
        });
        // Only for a trusted peer: with no known proxies at all, ForwardedHeadersMiddleware would believe anyone.
        app.UseWhen(context => ProxiedRequest.Of(context) is { PeerIsTrustedProxy: true }, proxied => proxied.UseForwardedHeaders());
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace AiotHub.Gateway.Access;

/// <summary>builder.AddAccess(): the "Api" options, the token store over hub.db, bearer authentication and the role policies.</summary>
internal static class AccessHostingExtensions
{
    public static IHostApplicationBuilder AddAccess(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.SectionName);
        services.AddSingleton<AccessTokens>();
        services.AddHostedService<SetupCodeAnnouncer>();
        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(AccessPolicy.Add);
        services.AddSingleton<IAuthorizationHandler, AccessAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        return builder;
    }

    /// <summary>
    /// Authentication, the API's rate limits, then authorization: the limiter runs between the two so
    /// it sees who the token is (a bucket per token) and so requests without a valid token — missing,
    /// unknown, revoked — count against their address before they are answered 401.
    /// </summary>
    public static WebApplication UseAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}

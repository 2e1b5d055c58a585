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
        services.AddSingleton<ProfileNamespaces>();
        services.AddHostedService<SetupCodeAnnouncer>();
        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(AccessPolicy.Add);
        services.AddSingleton<IAuthorizationHandler, AccessAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        return builder;
    }

    public static WebApplication UseAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}

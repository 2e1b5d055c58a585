using Microsoft.Net.Http.Headers;

namespace AiotHub.Gateway.WebApp;

/// <summary>
/// The companion web app (wwwroot/, docs/app.md): its files are public — the API they call is what
/// a token protects — and every path the app routes itself (/devices/lamp-1, /tokens …) answers
/// index.html so a reload or a shared link lands in the app.
/// </summary>
internal static class WebAppHostingExtensions
{
    private const string IndexFile = "index.html";

    /// <summary>Before UseAccess: static files need no token.</summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = static context => NoCache(context.Context.Response) });
        return app;
    }

    /// <summary>The index.html fallback for the app's own routes: GET only, never for API or file-like paths.</summary>
    public static IEndpointConventionBuilder MapWebApp(this WebApplication app)
    {
        var index = app.Environment.WebRootFileProvider.GetFileInfo(IndexFile);
        return app.MapFallback("{**path:nonfile}", (HttpContext context) =>
            {
                if (IsApiPath(context.Request.Path) || !index.Exists || index.PhysicalPath is null)
                    return Results.NotFound();
                NoCache(context.Response);
                return Results.File(index.PhysicalPath, "text/html; charset=utf-8");
            })
            // GET only, so a wrong method on an API path still gets its 405.
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .ExcludeFromDescription()
            .AllowAnonymous();
    }

    internal static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);

    // The app has no build step and so no content-hashed file names: the browser revalidates each
    // file (a cheap 304 by ETag) instead of running a stale module after the hub is upgraded.
    private static void NoCache(HttpResponse response) => response.Headers[HeaderNames.CacheControl] = "no-cache";
}

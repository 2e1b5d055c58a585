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

    /// <summary>Before UseAccess: the app's files need no token.</summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        var index = app.Environment.WebRootFileProvider.GetFileInfo(IndexFile);
        var serviceWorker = ServiceWorkerScript.Build(app.Environment.WebRootFileProvider);
        app.Use(async (context, next) =>
        {
            // Before the static files: wwwroot/sw.js is a template; the hub answers it filled in.
            if (serviceWorker is not null && context.Request.Path == ServiceWorkerScript.Path
                && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                AppHeaders(context.Response);
                context.Response.ContentType = "text/javascript; charset=utf-8";
                context.Response.ContentLength = serviceWorker.Content.Length;
                if (HttpMethods.IsGet(context.Request.Method))
                    await context.Response.Body.WriteAsync(serviceWorker.Content, context.RequestAborted);
                return;
            }

            await next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = static context => AppHeaders(context.Context.Response) });
        // A middleware rather than a fallback endpoint: routing has already run (WebApplication puts
        // UseRouting first), so "no endpoint" means no API route matched at all — an API path with
        // a wrong method has its 405 endpoint and an unknown API path stays a 404.
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null && index.Exists && IsAppRoute(context.Request))
            {
                AppHeaders(context.Response);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(index, context.RequestAborted);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>A GET of a path without a file extension outside /api, /openapi and /healthz.</summary>
    internal static bool IsAppRoute(HttpRequest request)
    {
        var path = request.Path;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
            && !Path.HasExtension(path.Value);
    }

    // The app keeps a bearer token in localStorage, so no script but its own may run on its pages:
    // only same-origin scripts, styles and connections, no framing, no inline code.
    internal const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static void AppHeaders(HttpResponse response)
    {
        // The app has no build step and so no content-hashed file names: the browser revalidates each
        // file (a cheap 304 by ETag) instead of running a stale module after the hub is upgraded.
        response.Headers[HeaderNames.CacheControl] = "no-cache";
        response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}

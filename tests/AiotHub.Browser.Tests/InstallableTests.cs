using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using AiotHub.Gateway.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AiotHub.Browser.Tests;

/// <summary>
/// The app installs like a phone app (item 6): nothing 404s on the first load, the web-app manifest is linked and
/// valid (icons of the sizes it says, a maskable one, the theme colour the page uses), the service worker caches the
/// shell — and with the hub stopped the app still opens and says the hub cannot be reached, with a way to retry.
/// </summary>
public sealed class InstallableTests(BrowserHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Bounded: a run on a loaded machine once stopped in this class without a word; a bound makes that a failure
    // with a name instead of a CI run that waits out its limit.
    [Fact(Timeout = 180_000)]
    public async Task TheFirstLoadHasNoFailedRequestAndLinksAValidManifestWithItsIconsAndTheme()
    {
        await using var phone = await PhoneSession.OpenAsync(hub, new PhoneSessionOptions { SignedInWith = hub.OwnerSecret, AllowServiceWorker = true });
        var failed = new List<string>();
        phone.Page.RequestFailed += (_, request) => { lock (failed) failed.Add($"{request.Url}: {request.Failure}"); };
        phone.Page.Response += (_, response) => { if (response.Status >= 400) lock (failed) failed.Add($"{response.Url}: {response.Status}"); };

        await phone.Page.GotoAsync("/");
        await Expect(phone.Tile("living-light")).ToBeVisibleAsync();
        await phone.Page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        lock (failed)
            Assert.True(failed.Count == 0, "requests failed on the first load:\n" + string.Join("\n", failed));

        // The favicon a browser asks for without a link, too.
        using (var favicon = await hub.Owner.GetAsync("/favicon.ico", Ct))
            Assert.Equal(System.Net.HttpStatusCode.OK, favicon.StatusCode);

        var href = await phone.Page.GetAttributeAsync("link[rel=manifest]", "href");
        Assert.Equal("/manifest.webmanifest", href);
        using var answer = await hub.Owner.GetAsync(href, Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/manifest+json", answer.Content.Headers.ContentType?.MediaType);
        var manifest = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("AiotHub", manifest.GetProperty("name").GetString());
        Assert.Equal("/", manifest.GetProperty("start_url").GetString());
        Assert.Equal("standalone", manifest.GetProperty("display").GetString());
        Assert.Equal(await phone.Page.GetAttributeAsync("meta[name=theme-color]", "content"), manifest.GetProperty("theme_color").GetString());

        var sizes = new List<(int Size, string Purpose)>();
        foreach (var icon in manifest.GetProperty("icons").EnumerateArray())
        {
            using var image = await hub.Owner.GetAsync(icon.GetProperty("src").GetString(), Ct);
            Assert.Equal(System.Net.HttpStatusCode.OK, image.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), image.Content.Headers.ContentType?.MediaType);
            if (icon.GetProperty("type").GetString() != "image/png")
                continue;
            var (width, height) = PngSize(await image.Content.ReadAsByteArrayAsync(Ct));
            Assert.Equal(icon.GetProperty("sizes").GetString(), $"{width}x{height}");
            sizes.Add((width, icon.GetProperty("purpose").GetString()!));
        }

        Assert.Contains((192, "any"), sizes);
        Assert.Contains((512, "any"), sizes);
        Assert.Contains((512, "maskable"), sizes);
    }

    [Fact(Timeout = 180_000)]
    public async Task WithTheHubStoppedTheCachedShellOpensAndSaysTheHubCannotBeReached()
    {
        hub.RequireBrowser();
        await using var own = GatewayProcess.Start();
        using var owner = await own.CreateOwnerClientAsync(Ct);
        await using var phone = await PhoneSession.OpenAsync(hub, new PhoneSessionOptions
        {
            BaseAddress = own.BaseAddress,
            SignedInWith = owner.DefaultRequestHeaders.Authorization!.Parameter,
            AllowServiceWorker = true,
        });
        var page = phone.Page;

        // First visit: everything from the hub; the service worker installs and caches the shell.
        var firstLoad = await TransferredAsync(phone, () => page.GotoAsync("/"), () => Expect(page.GetByTestId("signout")).ToBeVisibleAsync());
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        var cached = await page.EvaluateAsync<string[]>("""
            async () => {
              const keys = await caches.keys();
              const urls = [];
              for (const key of keys) for (const request of await (await caches.open(key)).keys()) urls.push(`${key} ${new URL(request.url).pathname}`);
              return urls;
            }
            """);
        Assert.Contains(cached, u => u.EndsWith(" /app.js", StringComparison.Ordinal));
        Assert.Contains(cached, u => u.EndsWith(" /", StringComparison.Ordinal));
        Assert.DoesNotContain(cached, u => u.Contains(" /api/", StringComparison.Ordinal));
        Assert.Single(cached.Select(u => u.Split(' ')[0]).Distinct());

        // Second visit: the shell from the cache, only the data (and the worker's update check) from the hub.
        var repeatLoad = await TransferredAsync(phone, () => page.ReloadAsync(), () => Expect(page.GetByTestId("signout")).ToBeVisibleAsync());
        File.WriteAllText(Path.Combine(PhoneSession.ArtifactsDirectory(), "browser", "page-weight.txt"), string.Create(CultureInfo.InvariantCulture,
            $"first load (no service worker yet): page {firstLoad.Page} bytes, with the worker installing its cache {firstLoad.All} bytes\n"
            + $"next load (shell from the service worker's cache): page {repeatLoad.Page} bytes, all {repeatLoad.All} bytes\n"));
        Assert.True(repeatLoad.All < firstLoad.Page / 4, $"with the shell cached a visit moved {repeatLoad.All} bytes (first load {firstLoad.Page})");

        // The hub goes away: the app still opens from the cache and says what is wrong, with a way to retry.
        // (Killed: a graceful stop would first wait for the app's open event stream to drain.)
        own.Kill();
        Assert.NotNull(await own.WaitForExitAsync(TimeSpan.FromSeconds(30), Ct));
        await page.ReloadAsync();
        await Expect(page.Locator("header .brand")).ToHaveTextAsync("AiotHub");
        var offline = page.GetByTestId("offline");
        await Expect(offline).ToBeVisibleAsync();
        await Expect(offline).ToContainTextAsync("The hub cannot be reached");
        await Expect(offline.GetByTestId("offline-retry")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("load-error")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "the app with the hub unreachable");
    }

    /// <summary>
    /// Bytes moved over the network (headers and bodies) from <paramref name="go"/> until <paramref name="ready"/>: by the
    /// page, and by the page and its service worker together (the worker's own fetches: installing the shell's cache).
    /// What the worker answered from its cache moved nothing.
    /// </summary>
    private static async Task<(long Page, long All)> TransferredAsync(PhoneSession phone, Func<Task> go, Func<Task> ready)
    {
        var sizes = new List<(IRequest Request, Task<long> Size)>();
        var pageRequests = new HashSet<IRequest>();
        void PageFinished(object? sender, IRequest request)
        {
            lock (sizes)
                pageRequests.Add(request);
        }

        void Finished(object? sender, IRequest request)
        {
            lock (sizes)
                sizes.Add((request, SizeAsync(request)));
        }

        phone.Page.RequestFinished += PageFinished;
        phone.Context.RequestFinished += Finished;
        try
        {
            await go();
            await ready();
            await phone.Page.WaitForLoadStateAsync(LoadState.Load);
        }
        finally
        {
            phone.Page.RequestFinished -= PageFinished;
            phone.Context.RequestFinished -= Finished;
        }

        long page = 0, all = 0;
        List<(IRequest Request, Task<long> Size)> pairs;
        lock (sizes)
            pairs = [.. sizes];
        foreach (var (request, size) in pairs)
        {
            var bytes = await size;
            all += bytes;
            if (pageRequests.Contains(request))
                page += bytes;
        }

        return (page, all);
    }

    private static async Task<long> SizeAsync(IRequest request)
    {
        IResponse? response;
        try
        {
            response = await request.ResponseAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // A finished request whose response object never arrives (the clean-clone run on 2026-12-07 hung three minutes
            // here or in the sizes below): counted as nothing, and said in the test's output.
            TestContext.Current.TestOutputHelper?.WriteLine($"no response object for {request.Method} {request.Url} ({request.ResourceType}); not counted");
            return 0;
        }

        if (response is null || response.FromServiceWorker)
            return 0;
        // Chromium's sizes sometimes never arrive (microsoft/playwright#9349): this test once hung for three minutes on it
        // in a clean-clone run. Then count what the request and response carried: the hub serves the app uncompressed,
        // so the body's length is what went over the wire, and the headers as name: value lines.
        var sizes = request.SizesAsync();
        if (await Task.WhenAny(sizes, Task.Delay(TimeSpan.FromSeconds(10))) == sizes)
        {
            var size = await sizes;
            return size.RequestHeadersSize + size.RequestBodySize + size.ResponseHeadersSize + size.ResponseBodySize;
        }

        // (The raw headers come from the same late browser events as the sizes; the provisional ones are at hand.)
        static long Headers(Dictionary<string, string> headers) => headers.Sum(h => (long)h.Key.Length + h.Value.Length + 4);
        var body = await response.BodyAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return Headers(request.Headers) + (request.PostDataBuffer?.Length ?? 0) + Headers(response.Headers) + body.Length;
    }

    // A PNG's IHDR: width and height, big-endian, at bytes 16 and 20.
    private static (int Width, int Height) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
}

using System.Text.Json;
using Microsoft.Playwright;

namespace AiotHub.Browser.Tests;

/// <summary>
/// One test's browser: a fresh context (own localStorage) with a phone-sized viewport, the app
/// open, and a screenshot saved to artifacts/browser/&lt;test&gt;.png when the test ends — passed or failed.
/// </summary>
internal sealed class PhoneSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _name;
    private readonly List<string> _scriptErrors = [];

    private PhoneSession(IBrowserContext context, IPage page, string name)
    {
        _context = context;
        Page = page;
        _name = name;
        // An uncaught exception or a blocked script/style (Content-Security-Policy) fails the test.
        page.PageError += (_, error) => Record($"uncaught: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                Record($"console: {message.Text}");
        };
    }

    private void Record(string error)
    {
        lock (_scriptErrors)
            _scriptErrors.Add(error);
    }

    public IPage Page { get; }

    /// <param name="hub">The hub the app is served from.</param>
    /// <param name="locale">The browser's language (navigator.language, Accept-Language): the app follows it on a first visit.</param>
    public static Task<PhoneSession> OpenAsync(BrowserHub hub, string locale = "en-US") => OpenAsync(hub, new PhoneSessionOptions { Locale = locale });

    /// <summary>As <see cref="OpenAsync(BrowserHub, string)"/>, on another hub (one a test started itself) with the shared browser.</summary>
    public static Task<PhoneSession> OpenAsync(BrowserHub hub, Uri baseAddress, string locale = "en-US") =>
        OpenAsync(hub, new PhoneSessionOptions { BaseAddress = baseAddress, Locale = locale });

    /// <summary>A session with another viewport, language, hub or service-worker policy (<see cref="PhoneSessionOptions"/>).</summary>
    public static async Task<PhoneSession> OpenAsync(BrowserHub hub, PhoneSessionOptions options)
    {
        hub.RequireBrowser();
        var context = await hub.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = options.Width, Height = options.Height },
            DeviceScaleFactor = 1,
            IsMobile = true,
            HasTouch = true,
            BaseURL = (options.BaseAddress ?? hub.BaseAddress).ToString(),
            Locale = options.Locale,
            // The app's service worker (sw.js) caches the shell; tests that are not about it run without one, so every
            // file comes from the hub as it is now and no test's page depends on another test's cache.
            ServiceWorkers = options.AllowServiceWorker ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block,
        });
        if (options.SignedInWith is { } secret)
        {
            // Signed in before the first script runs, as a phone that signed in on an earlier visit.
            await context.AddInitScriptAsync($"localStorage.setItem('aiothub.token', {JsonSerializer.Serialize(secret)});");
        }

        // Generous for a loaded CI machine; every wait polls, none sleeps.
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var name = TestContext.Current.TestMethod?.MethodName ?? "test";
        return new PhoneSession(context, page, name);
    }

    public IBrowserContext Context => _context;

    /// <summary>Opens the app and signs in with <paramref name="secret"/> as a person would: paste, tap "Sign in".</summary>
    public async Task SignInAsync(string secret)
    {
        await TrySignInAsync(secret);
        // Signed in once the home has loaded (its header offers Sign out): the app keeps the token only after the
        // hub accepted it, so a test that navigates on before then would find itself on the sign-in form again.
        await Assertions.Expect(Page.GetByTestId("signout")).ToBeVisibleAsync();
    }

    /// <summary>Fills in and sends the sign-in form without waiting for the outcome (for tokens the hub should refuse).</summary>
    public async Task TrySignInAsync(string secret)
    {
        await Page.GotoAsync("/");
        await Page.GetByLabel("Access token").FillAsync(secret);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>
    /// Waits until the app's event stream is open (the hub subscribes before it answers), so a change
    /// made from now on reaches the app live.
    /// </summary>
    public Task WaitUntilLiveAsync() => Assertions.Expect(Page.Locator("body")).ToHaveAttributeAsync("data-live", "live");

    public ILocator Tile(string deviceId) => Page.GetByTestId($"tile-{deviceId}");

    public async ValueTask DisposeAsync()
    {
        try
        {
            var directory = Path.Combine(ArtifactsDirectory(), "browser");
            Directory.CreateDirectory(directory);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{_name}.png"), FullPage = true });
        }
        catch (PlaywrightException)
        {
            // A screenshot is evidence, not the test: a page that cannot be captured must not hide the real result.
        }

        await _context.DisposeAsync();
        lock (_scriptErrors)
        {
            if (_scriptErrors.Count > 0)
                throw new InvalidOperationException("The app had script errors:\n" + string.Join("\n", _scriptErrors));
        }
    }

    // The repository's artifacts/ (gitignored), found from the test's output directory.
    internal static string ArtifactsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiotHub.sln")))
                return Path.Combine(directory.FullName, "artifacts");
        }

        return Path.Combine(AppContext.BaseDirectory, "artifacts");
    }
}

namespace AiotHub.Browser.Tests;

/// <summary>How <see cref="PhoneSession.OpenAsync(BrowserHub, PhoneSessionOptions)"/> opens the browser: a 390×844 phone in English by default.</summary>
internal sealed record PhoneSessionOptions
{
    public int Width { get; init; } = 390;

    public int Height { get; init; } = 844;

    /// <summary>The hub the app is opened from; null: the shared <see cref="BrowserHub"/>.</summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>The browser's language (navigator.language), e.g. "zh-CN"; en-US unless a test says otherwise.</summary>
    public string? Locale { get; init; } = "en-US";

    /// <summary>Let the app register its service worker (blocked by default).</summary>
    public bool AllowServiceWorker { get; init; }

    /// <summary>A token already in the app's storage when the page opens (skips the sign-in form).</summary>
    public string? SignedInWith { get; init; }
}

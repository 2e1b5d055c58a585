namespace AiotHub.Browser.Tests;

/// <summary>
/// One page of the app as the page tour visits it: a short name (file names), its path, and the test id that shows it
/// has rendered; signed in with the owner's token, or with a device maker's (<paramref name="AsMaker"/>: the maker's view).
/// </summary>
internal sealed record AppPage(string Name, string Path, string ReadyTestId, bool SignedIn = true, bool AsMaker = false)
{
    public override string ToString() => $"{Name} ({Path})";
}

namespace AiotHub.Browser.Tests;

/// <summary>One page of the app as the page tour visits it: a short name (file names), its path, and the test id that shows it has rendered.</summary>
internal sealed record AppPage(string Name, string Path, string ReadyTestId, bool SignedIn = true)
{
    public override string ToString() => $"{Name} ({Path})";
}

using AiotHub.Gateway.WebApp;
using Microsoft.Extensions.FileProviders;

namespace AiotHub.Gateway.Tests.WebApp;

/// <summary>/sw.js as the hub fills it in: every shell file listed (never the worker itself), and a version that changes when any file does.</summary>
public sealed class ServiceWorkerScriptTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("aiothub-webroot-").FullName;

    [Fact]
    public void TheScriptListsEveryShellFileAndIndexAsTheRootButNotItself()
    {
        Write("sw.js", "const VERSION = '__SHELL_VERSION__'; const SHELL = [/*__SHELL_FILES__*/];");
        Write("index.html", "<!doctype html>");
        Write("app.js", "1");
        Write("js/views/home.js", "2");

        var script = Build();

        var text = System.Text.Encoding.UTF8.GetString(script.Content);
        Assert.Equal($"const VERSION = '{script.Version}'; const SHELL = [\"/app.js\",\"/\",\"/js/views/home.js\"];", text);
        Assert.Matches("^[0-9a-f]{16}$", script.Version);
    }

    [Fact]
    public void AChangedShellFileGivesANewVersionAndTheSameFilesTheSameOne()
    {
        Write("sw.js", "'__SHELL_VERSION__' [/*__SHELL_FILES__*/]");
        Write("app.js", "one");
        var first = Build().Version;
        Assert.Equal(first, Build().Version);

        Write("app.js", "two");

        Assert.NotEqual(first, Build().Version);
    }

    [Fact]
    public void AWebRootWithoutTheWorkerServesNone()
    {
        Write("index.html", "<!doctype html>");

        using var provider = new PhysicalFileProvider(_root);
        Assert.Null(ServiceWorkerScript.Build(provider));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ServiceWorkerScript Build()
    {
        using var provider = new PhysicalFileProvider(_root);
        return ServiceWorkerScript.Build(provider)!;
    }

    private void Write(string path, string content)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }
}

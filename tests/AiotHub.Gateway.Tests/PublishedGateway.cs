using System.Reflection;
using AiotHub.Mqtt.Tests.Infrastructure;
using AiotHub.Mqtt.Tests.Interop;

namespace AiotHub.Gateway.Tests;

/// <summary>
/// The hub as `dotnet publish` lays it out, in a temporary directory of its own: what a family
/// installs. Published once per test class, from the build the tests run against (--no-build).
/// </summary>
public sealed class PublishedGateway : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(3);

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("aiothub-published-").FullName;

    public async ValueTask InitializeAsync()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Requires.Executable("dotnet", "dotnet-sdk-10.0");
        var configuration = typeof(PublishedGateway).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var project = Path.Combine(RepositoryRoot(), "src", "AiotHub.Gateway", "AiotHub.Gateway.csproj");
        await using var publish = ChildProcess.Start(dotnet, ["publish", project, "-c", configuration, "--no-build", "-o", Directory, "-nologo"]);
        var exitCode = await publish.WaitForExitAsync(PublishTimeout, TestContext.Current.CancellationToken);
        Assert.True(exitCode == 0, "dotnet publish failed:\n" + publish.Describe());
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiotHub.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("AiotHub.sln not found above " + AppContext.BaseDirectory);
    }
}

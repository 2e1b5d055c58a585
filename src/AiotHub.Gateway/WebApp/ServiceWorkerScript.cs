using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;

namespace AiotHub.Gateway.WebApp;

/// <summary>
/// /sw.js, the app's service worker (wwwroot/sw.js, docs/app.md "Installable"): the hub fills in the list of the
/// app shell's files (everything in wwwroot) and a version made from their contents, once at start. A hub with other
/// files — an upgrade — serves a different script, so the browser installs it and it replaces the old cache.
/// </summary>
internal sealed class ServiceWorkerScript
{
    public const string Path = "/sw.js";
    private const string VersionMark = "__SHELL_VERSION__";
    private const string FilesMark = "/*__SHELL_FILES__*/";

    private ServiceWorkerScript(byte[] content, string version)
    {
        Content = content;
        Version = version;
    }

    public byte[] Content { get; }

    /// <summary>The first 16 hex digits of the SHA-256 over every shell file's path and bytes.</summary>
    public string Version { get; }

    /// <summary>Null when wwwroot has no sw.js (a hub without its app).</summary>
    public static ServiceWorkerScript? Build(IFileProvider webRoot)
    {
        var template = webRoot.GetFileInfo(Path.TrimStart('/'));
        if (!template.Exists)
            return null;
        var files = new SortedDictionary<string, IFileInfo>(StringComparer.Ordinal);
        Collect(webRoot, "", files);
        files.Remove(Path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, file) in files.Append(new(Path, template)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
            using var stream = file.CreateReadStream();
            hash.AppendData(ReadAll(stream));
        }

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        // "/" stands for index.html: the hub answers it for every route of the app.
        var shell = JsonSerializer.Serialize(files.Keys.Select(p => p == "/index.html" ? "/" : p));
        using var reader = new StreamReader(template.CreateReadStream(), Encoding.UTF8);
        var script = reader.ReadToEnd().Replace(VersionMark, version, StringComparison.Ordinal).Replace($"[{FilesMark}]", shell, StringComparison.Ordinal);
        return new ServiceWorkerScript(Encoding.UTF8.GetBytes(script), version);
    }

    private static void Collect(IFileProvider provider, string directory, SortedDictionary<string, IFileInfo> files)
    {
        foreach (var entry in provider.GetDirectoryContents(directory))
        {
            var path = directory + "/" + entry.Name;
            if (entry.IsDirectory)
                Collect(provider, path, files);
            else
                files[path] = entry;
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

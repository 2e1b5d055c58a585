extern alias cli;

using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Tests.Devices;
using cli::AiotHub.Cli;

namespace AiotHub.Gateway.Tests.Backup;

/// <summary>What the backup tests share: taking a backup through the API, running `aiothub restore`, rewriting an archive.</summary>
internal static class BackupArchives
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>POST /api/v1/backup with <paramref name="http"/>, the archive saved to <paramref name="path"/>.</summary>
    public static async Task TakeAsync(HttpClient http, string path)
    {
        using var response = await http.PostAsync("/api/v1/backup", null, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"backup answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal("application/gzip", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".tar.gz", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        await using var file = File.Create(path);
        await response.Content.CopyToAsync(file, Ct);
    }

    /// <summary>`aiothub restore` in-process: its exit code and what it printed.</summary>
    public static (int Code, string Output, string Errors) Restore(params string[] arguments)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = AiothubCommand.Run(["restore", .. arguments], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A client of <paramref name="hub"/> with a new token of <paramref name="role"/> in the default home, and its secret.</summary>
    public static (HttpClient Http, string Secret) Client(DeviceHub hub, AccessRole role)
    {
        var secret = hub.Tokens.Create(role.ToString(), [new AccessGrant(DeviceRegistry.DefaultHomeId, role)], expires: null).Secret;
        return (hub.CreateHttpClient(secret), secret);
    }

    /// <summary>Copies the archive at <paramref name="from"/> to <paramref name="to"/>, letting <paramref name="change"/> rewrite each entry's name and bytes (null drops it).</summary>
    public static void Rewrite(string from, string to, Func<string, byte[], (string Name, byte[] Data)?> change, (string Name, byte[] Data)? extra = null)
    {
        using var input = new TarReader(new GZipStream(File.OpenRead(from), CompressionMode.Decompress));
        using var output = new GZipStream(File.Create(to), CompressionLevel.Fastest);
        using var tar = new TarWriter(output, TarEntryFormat.Pax);
        while (input.GetNextEntry() is { } entry)
        {
            using var data = new MemoryStream();
            entry.DataStream?.CopyTo(data);
            if (change(entry.Name, data.ToArray()) is not { } changed)
                continue;
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, changed.Name) { DataStream = new MemoryStream(changed.Data) });
        }

        if (extra is { } added)
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, added.Name) { DataStream = new MemoryStream(added.Data) });
    }

    /// <summary>The entries' names, in the archive's order.</summary>
    public static List<string> Names(string archive)
    {
        using var input = new TarReader(new GZipStream(File.OpenRead(archive), CompressionMode.Decompress));
        var names = new List<string>();
        while (input.GetNextEntry() is { } entry)
            names.Add(entry.Name);
        return names;
    }
}

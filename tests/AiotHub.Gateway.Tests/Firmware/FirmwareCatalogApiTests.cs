using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Gateway.Firmware.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>The maker's catalogue through the API, with keys and signatures made by OpenSSL (docs/ota.md "The catalogue").</summary>
public sealed class FirmwareCatalogApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReleaseSignedWithOpensslIsAcceptedAndItsImageIsServedAndResumedWithRange()
    {
        await using var maker = await FirmwareMaker.StartAsync();
        using var key = new OpensslMakerKey();
        var keyId = await maker.RegisterAsync(key, "k1");
        var image = FirmwareMaker.Image(300_000);

        var id = await maker.UploadCreatedAsync(FirmwareMaker.Release(key, keyId, image), image);

        var listed = await maker.Maker.GetFromJsonAsync<JsonElement>("/api/v1/makers/acme/releases", Ct);
        var release = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(id, release.GetProperty("id").GetString());
        Assert.Equal("1.5.0", release.GetProperty("version").GetString());
        Assert.True(release.GetProperty("offered").GetBoolean());
        Assert.Equal("配对更快。", release.GetProperty("notes").GetProperty("zh").GetString());

        var catalog = maker.Hub.Services.GetRequiredService<FirmwareCatalog>();
        Assert.True(catalog.IsOffered(id));
        Assert.Equal("1.5.0", Assert.Single(catalog.ForModel(FirmwareMaker.Model)).Version);
        var url = new Uri(catalog.CreateDownloadUrl(id, "lamp-7", "job-1"));
        Assert.Equal(url, new Uri(catalog.CreateDownloadUrl(id, "lamp-7", "job-1")));
        Assert.True(url.Segments[^1].Length >= 43, "the token carries at least 256 bits");
        using var device = maker.Hub.CreateHttpClient(null);

        var whole = await device.GetByteArrayAsync(url.PathAndQuery, Ct);
        Assert.Equal(image, whole);

        // A download cut off at 100,000 bytes resumes from there.
        using var resume = new HttpRequestMessage(HttpMethod.Get, url.PathAndQuery);
        resume.Headers.Range = new RangeHeaderValue(100_000, null);
        using var rest = await device.SendAsync(resume, Ct);
        Assert.Equal(HttpStatusCode.PartialContent, rest.StatusCode);
        Assert.Equal(image[100_000..], await rest.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal($"\"{release.GetProperty("sha256").GetString()}\"", rest.Headers.ETag?.ToString());

        using var past = new HttpRequestMessage(HttpMethod.Get, url.PathAndQuery);
        past.Headers.Range = new RangeHeaderValue(image.Length + 10, null);
        using var beyond = await device.SendAsync(past, Ct);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, beyond.StatusCode);
    }

    [Fact]
    public async Task ADownloadLinkServesOnlyItsDeviceAndEndsWithItsJobOrItsKey()
    {
        await using var maker = await FirmwareMaker.StartAsync();
        using var key = new OpensslMakerKey();
        var keyId = await maker.RegisterAsync(key);
        var image = FirmwareMaker.Image(4096);
        var id = await maker.UploadCreatedAsync(FirmwareMaker.Release(key, keyId, image), image);
        var catalog = maker.Hub.Services.GetRequiredService<FirmwareCatalog>();
        var mine = new Uri(catalog.CreateDownloadUrl(id, "lamp-1", "job-1")).PathAndQuery;
        var other = new Uri(catalog.CreateDownloadUrl(id, "lamp-2", "job-1")).PathAndQuery;
        Assert.NotEqual(mine, other);
        using var device = maker.Hub.CreateHttpClient(null);
        device.DefaultRequestHeaders.Add(OtaDownloadApi.DeviceHeader, "lamp-1");

        Assert.Equal(HttpStatusCode.OK, (await device.GetAsync(mine, Ct)).StatusCode);
        using (var refused = await device.GetAsync(other, Ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await device.GetAsync("/ota/v1/" + new string('A', 43), Ct)).StatusCode);

        catalog.EndDownloads("job-1");
        Assert.Equal(HttpStatusCode.NotFound, (await device.GetAsync(mine, Ct)).StatusCode);

        var again = new Uri(catalog.CreateDownloadUrl(id, "lamp-1", "job-2")).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await device.GetAsync(again, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await maker.Maker.DeleteAsync($"/api/v1/makers/acme/keys/{keyId}", Ct)).StatusCode);
        Assert.False(catalog.IsOffered(id));
        Assert.Equal(HttpStatusCode.NotFound, (await device.GetAsync(again, Ct)).StatusCode);
        Assert.Throws<InvalidOperationException>(() => catalog.CreateDownloadUrl(id, "lamp-1", "job-3"));
        var shown = await maker.Maker.GetFromJsonAsync<JsonElement>($"/api/v1/makers/acme/releases/{id}", Ct);
        Assert.False(shown.GetProperty("offered").GetBoolean());
    }

    [Fact]
    public async Task UnsignedWronglySignedTamperedMissizedAndForeignReleasesAreRefusedWithTheirReasonAndNothingIsStored()
    {
        await using var maker = await FirmwareMaker.StartAsync();
        using var key = new OpensslMakerKey();
        using var stranger = new OpensslMakerKey();
        var keyId = await maker.RegisterAsync(key, "k1");
        var image = FirmwareMaker.Image(10_000);

        var unsigned = FirmwareMaker.Release(key, keyId, image);
        unsigned.Remove("signature");
        await AssertRefusedAsync(maker, unsigned, image, HttpStatusCode.BadRequest, "$.signature", "required");

        await AssertRefusedAsync(maker, FirmwareMaker.Release(stranger, keyId, image), image, HttpStatusCode.UnprocessableEntity, "$.signature", "does not verify with key k1");

        var tampered = (byte[])image.Clone();
        tampered[5_000] ^= 0xff;
        await AssertRefusedAsync(maker, FirmwareMaker.Release(key, keyId, image), tampered, HttpStatusCode.UnprocessableEntity, "$.sha256", "the image's SHA-256 is ");

        await AssertRefusedAsync(maker, FirmwareMaker.Release(key, keyId, image), image[..9_000], HttpStatusCode.UnprocessableEntity, "$.size", "the image is 9000 bytes, not 10000");
        await AssertRefusedAsync(maker, FirmwareMaker.Release(key, keyId, image), [.. image, 1, 2, 3], HttpStatusCode.UnprocessableEntity, "$.size", "larger than the declared 10000 bytes");

        // A signature is over the model and version too: the same signed fields with another version do not verify.
        var renamed = FirmwareMaker.Release(key, keyId, image);
        renamed["version"] = "1.6.0";
        await AssertRefusedAsync(maker, renamed, image, HttpStatusCode.UnprocessableEntity, "$.signature", "does not verify");

        await AssertRefusedAsync(maker, FirmwareMaker.Release(key, keyId, image, model: "aiot.light.ceiling1"), image, HttpStatusCode.UnprocessableEntity, "$.model", "is not in the namespace 'acme'");
        await AssertRefusedAsync(maker, FirmwareMaker.Release(key, keyId, image, model: "acme.light.unknown"), image, HttpStatusCode.UnprocessableEntity, "$.model", "no profile");
        await AssertRefusedAsync(maker, FirmwareMaker.Release(key, keyId, image, version: "1.0.0", minVersion: "1.0.0"), image, HttpStatusCode.UnprocessableEntity, "$.version", "not newer than");
        await AssertRefusedAsync(maker, FirmwareMaker.Release(key, "k9", image), image, HttpStatusCode.UnprocessableEntity, "$.keyId", "no key 'k9'");
        await AssertRefusedAsync(maker, FirmwareMaker.Release(key, keyId, image), null, HttpStatusCode.BadRequest, "$.imageUrl", "required without an 'image' part");

        var listed = await maker.Maker.GetFromJsonAsync<JsonElement>("/api/v1/makers/acme/releases", Ct);
        Assert.Equal(0, listed.GetProperty("total").GetInt32());
        var images = maker.Hub.Services.GetRequiredService<FirmwareImages>();
        Assert.Empty(Directory.EnumerateFiles(images.Directory));

        // The same release, done right, is then accepted; the same version twice is a conflict.
        await maker.UploadCreatedAsync(FirmwareMaker.Release(key, keyId, image), image);
        using var twice = await maker.UploadAsync(FirmwareMaker.Release(key, keyId, image), image);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Single(Directory.EnumerateFiles(images.Directory));
    }

    [Fact]
    public async Task KeysAreAcceptedAsRawBase64OrPemAndNonsenseIsRefusedByPath()
    {
        await using var maker = await FirmwareMaker.StartAsync();
        using var key = new OpensslMakerKey();
        var raw = Convert.ToBase64String(Convert.FromBase64String(string.Concat(key.PublicPem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal))))[12..]);

        using var created = await maker.Maker.PostAsJsonAsync("/api/v1/makers/acme/keys", new { publicKey = raw }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("k1", body.GetProperty("id").GetString());
        Assert.StartsWith("SHA256:", body.GetProperty("fingerprint").GetString(), StringComparison.Ordinal);

        // The same key as PEM is the same key.
        using var same = await maker.Maker.PostAsJsonAsync("/api/v1/makers/acme/keys", new { publicKey = key.PublicPem }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);

        foreach (var bad in new[] { "", "AAAA", Convert.ToBase64String(new byte[33]), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----" })
        {
            using var refused = await maker.Maker.PostAsJsonAsync("/api/v1/makers/acme/keys", new { publicKey = bad }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("$.publicKey", out _));
        }

        var keys = await maker.Maker.GetFromJsonAsync<JsonElement>("/api/v1/makers/acme/keys", Ct);
        Assert.Equal(1, keys.GetArrayLength());
    }

    [Fact]
    public async Task AnImageUrlIsFetchedOnceAndThenServedByTheHub()
    {
        var image = FirmwareMaker.Image(200_000, seed: 7);
        using var server = new System.Net.HttpListener();
        var port = FreePort();
        server.Prefixes.Add($"http://127.0.0.1:{port}/");
        server.Start();
        var requests = 0;
        var serving = Task.Run(async () =>
        {
            while (server.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await server.GetContextAsync();
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                Interlocked.Increment(ref requests);
                if (context.Request.Url!.AbsolutePath == "/fw.bin")
                {
                    context.Response.ContentLength64 = image.Length;
                    await context.Response.OutputStream.WriteAsync(image);
                }
                else
                {
                    context.Response.StatusCode = 404;
                }

                context.Response.Close();
            }
        }, Ct);

        // A maker's server on the LAN needs the owner's setting; by default the hub never fetches from its own networks.
        await using (var closed = await FirmwareMaker.StartAsync())
        {
            using var closedKey = new OpensslMakerKey();
            var closedRelease = FirmwareMaker.Release(closedKey, await closed.RegisterAsync(closedKey), image);
            closedRelease["imageUrl"] = $"http://127.0.0.1:{port}/fw.bin";
            using var refusedPrivate = await closed.Maker.PostAsJsonAsync("/api/v1/makers/acme/releases", closedRelease, Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedPrivate.StatusCode);
            Assert.Contains("not a public address", (await refusedPrivate.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("$.imageUrl")[0].GetString(), StringComparison.Ordinal);
            Assert.Equal(0, requests);
        }

        await using var maker = await FirmwareMaker.StartAsync(null, ("Ota:AllowPrivateImageUrls", "true"));
        using var key = new OpensslMakerKey();
        var keyId = await maker.RegisterAsync(key);
        var missing = FirmwareMaker.Release(key, keyId, image);
        missing["imageUrl"] = $"http://127.0.0.1:{port}/nothing.bin";
        using (var refused = await maker.Maker.PostAsJsonAsync("/api/v1/makers/acme/releases", missing, Ct))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("404", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("$.imageUrl")[0].GetString(), StringComparison.Ordinal);
        }

        var release = FirmwareMaker.Release(key, keyId, image);
        release["imageUrl"] = $"http://127.0.0.1:{port}/fw.bin";
        using (var created = await maker.Maker.PostAsJsonAsync("/api/v1/makers/acme/releases", release, Ct))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(2, requests);
        server.Stop();

        var catalog = maker.Hub.Services.GetRequiredService<FirmwareCatalog>();
        var id = Assert.Single(catalog.ForModel(FirmwareMaker.Model)).Id;
        using var device = maker.Hub.CreateHttpClient(null);
        Assert.Equal(image, await device.GetByteArrayAsync(new Uri(catalog.CreateDownloadUrl(id, "lamp-1", "job-1")).PathAndQuery, Ct));
        await serving;
    }

    [Fact]
    public async Task ARestartKeepsReleasesAndSetsAsideARowWhoseImageIsGoneWithoutFailingToStart()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-firmware-").FullName;
        try
        {
            using var key = new OpensslMakerKey();
            string kept, lost;
            string lostPath;
            await using (var maker = await FirmwareMaker.StartAsync(data))
            {
                var keyId = await maker.RegisterAsync(key);
                var first = FirmwareMaker.Image(5000, 1);
                var second = FirmwareMaker.Image(6000, 2);
                kept = await maker.UploadCreatedAsync(FirmwareMaker.Release(key, keyId, first, "1.5.0"), first);
                lost = await maker.UploadCreatedAsync(FirmwareMaker.Release(key, keyId, second, "1.6.0"), second);
                var images = maker.Hub.Services.GetRequiredService<FirmwareImages>();
                lostPath = images.PathOf(maker.Hub.Services.GetRequiredService<FirmwareCatalog>().Find(lost)!.Sha256);
            }

            File.Delete(lostPath);

            await using (var maker = await FirmwareMaker.StartAsync(data))
            {
                var catalog = maker.Hub.Services.GetRequiredService<FirmwareCatalog>();
                Assert.True(catalog.IsOffered(kept));
                Assert.Null(catalog.Find(lost));
                var (id, reason) = Assert.Single(catalog.SetAside);
                Assert.Equal(lost, id);
                Assert.Contains("missing", reason, StringComparison.Ordinal);
                var listed = await maker.Maker.GetFromJsonAsync<JsonElement>("/api/v1/makers/acme/releases", Ct);
                Assert.Equal(kept, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task AWithdrawnReleaseIsNeverOfferedAgainAndIsRefusedWhileARolloutRuns()
    {
        await using var maker = await FirmwareMaker.StartAsync();
        using var key = new OpensslMakerKey();
        var keyId = await maker.RegisterAsync(key);
        var image = FirmwareMaker.Image(3000);
        var id = await maker.UploadCreatedAsync(FirmwareMaker.Release(key, keyId, image), image);
        var catalog = maker.Hub.Services.GetRequiredService<FirmwareCatalog>();
        catalog.HasActiveRollout = release => release == id;

        using (var busy = await maker.Maker.DeleteAsync($"/api/v1/makers/acme/releases/{id}", Ct))
            Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.True(catalog.IsOffered(id));

        catalog.HasActiveRollout = _ => false;
        Assert.Equal(HttpStatusCode.NoContent, (await maker.Maker.DeleteAsync($"/api/v1/makers/acme/releases/{id}", Ct)).StatusCode);
        Assert.False(catalog.IsOffered(id));
        Assert.Equal(0, catalog.StoredBytes);
        var shown = await maker.Maker.GetFromJsonAsync<JsonElement>($"/api/v1/makers/acme/releases/{id}", Ct);
        Assert.True(shown.TryGetProperty("withdrawn", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await maker.Maker.DeleteAsync("/api/v1/makers/acme/releases/fw-0000000000000000", Ct)).StatusCode);
    }

    private static async Task AssertRefusedAsync(FirmwareMaker maker, JsonObject release, byte[]? image, HttpStatusCode status, string path, string reason)
    {
        using var response = await maker.UploadAsync(release, image);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}, expected {(int)status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var messages = JsonNode.Parse(body)!["errors"]![path]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.Contains(reason, StringComparison.Ordinal));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

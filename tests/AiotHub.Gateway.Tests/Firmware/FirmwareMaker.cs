using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Core.Devices;
using AiotHub.Core.Firmware;
using AiotHub.Gateway.Tests.Apis;
using AiotHub.Gateway.Tests.Devices;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>
/// A hub with the model acme.light.a1 onboarded and a device-maker token of "acme" (<see cref="Maker"/>), and what a
/// maker does with it: register an OpenSSL key, sign and upload releases.
/// </summary>
internal sealed class FirmwareMaker : IAsyncDisposable
{
    public const string Model = ProfileHomes.Model;

    private FirmwareMaker(DeviceHub hub, HttpClient maker)
    {
        Hub = hub;
        Maker = maker;
    }

    public DeviceHub Hub { get; }

    public HttpClient Maker { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A hub (on <paramref name="dataDirectory"/> when given) with acme.light.a1 and an acme maker token.</summary>
    public static async Task<FirmwareMaker> StartAsync(string? dataDirectory = null, params (string Key, string? Value)[] settings)
    {
        var hub = new DeviceHub(dataDirectory is null ? settings : [.. settings, ("Devices:DataDirectory", dataDirectory)]);
        var secret = hub.Tokens.TryCreateDeviceMaker("acme lab", DeviceRegistry.DefaultHomeId, "acme", expires: null)!.Value.Secret;
        var maker = hub.CreateHttpClient(secret);
        var profile = await ProfileHomes.UploadAsync(maker, ProfileHomes.Light(1, Model));
        Assert.True(profile.IsSuccessStatusCode || profile.StatusCode == System.Net.HttpStatusCode.Conflict, await profile.Content.ReadAsStringAsync(Ct));
        return new FirmwareMaker(hub, maker);
    }

    /// <summary>Registers the key's public half (PEM) and returns its id.</summary>
    public async Task<string> RegisterAsync(OpensslMakerKey key, string? id = null)
    {
        var response = await Maker.PostAsJsonAsync("/api/v1/makers/acme/keys", new { id, publicKey = key.PublicPem }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonNode.Parse(body)!["id"]!.GetValue<string>();
    }

    /// <summary>A release of <paramref name="image"/> signed with <paramref name="key"/> as <paramref name="keyId"/>.</summary>
    public static JsonObject Release(OpensslMakerKey key, string keyId, byte[] image, string version = "1.5.0", string? minVersion = "1.0.0", string model = Model)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(image));
        return new JsonObject
        {
            ["model"] = model,
            ["version"] = version,
            ["minVersion"] = minVersion,
            ["notes"] = new JsonObject { ["en"] = "Faster pairing.", ["zh"] = "配对更快。" },
            ["sha256"] = sha,
            ["size"] = image.Length,
            ["keyId"] = keyId,
            ["signature"] = key.Sign(FirmwareSignature.Statement(model, version, minVersion, image.Length, sha)),
        };
    }

    /// <summary>POST …/releases as multipart/form-data: the release JSON and (unless null) the image.</summary>
    public async Task<HttpResponseMessage> UploadAsync(JsonObject release, byte[]? image)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(release.ToJsonString(), Encoding.UTF8, "application/json"), "release");
        if (image is not null)
            form.Add(new ByteArrayContent(image), "image", "firmware.bin");
        return await Maker.PostAsync("/api/v1/makers/acme/releases", form, Ct);
    }

    /// <summary>Uploads, asserts 201 and returns the release id.</summary>
    public async Task<string> UploadCreatedAsync(JsonObject release, byte[] image)
    {
        using var response = await UploadAsync(release, image);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    public static byte[] Image(int length, int seed = 1)
    {
        var image = new byte[length];
        new Random(seed).NextBytes(image);
        return image;
    }

    public async ValueTask DisposeAsync()
    {
        Maker.Dispose();
        await Hub.DisposeAsync();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Gateway.Tests.Devices;
using static AiotHub.Gateway.Tests.Apis.DevicesApiTests;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>A profile's names and descriptions in several languages, through upload, storage and the profile API.</summary>
public sealed class ProfileTranslationsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheShippedModelsAreServedWithTheirEnglishAndChineseNames()
    {
        await using var hub = new DeviceHub();
        using var http = hub.CreateHttpClient();

        var light = await GetJsonAsync(http, "/api/v1/profiles/aiot.light.ceiling1/versions/1");

        Assert.Equal(("Ceiling light", "吸顶灯"), (Text(light, "names", "en"), Text(light, "names", "zh")));
        var brightness = light.GetProperty("services")[0].GetProperty("properties")[1];
        Assert.Equal(("brightness", "Brightness", "亮度"), (brightness.GetProperty("name").GetString(), Text(brightness, "descriptions", "en"), Text(brightness, "descriptions", "zh")));
    }

    [Fact]
    public async Task AnUploadedProfileKeepsItsTranslationsThroughARestart()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-profile-texts-").FullName;
        try
        {
            await using (var hub = new DeviceHub(("Devices:DataDirectory", data)))
            {
                using var http = await MakerAsync(hub);
                var profile = Profile("acme.light.lang1");
                profile["descriptions"] = new JsonObject { ["en"] = "Lamp", ["zh-CN"] = "台灯", ["pt-BR"] = "Luminária" };

                var response = await http.PostAsync("/api/v1/profiles", Body(profile.ToJsonString()), Ct);

                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
                Assert.Equal("台灯", Text(created, "descriptions", "zh"));
            }

            await using (var restarted = new DeviceHub(("Devices:DataDirectory", data)))
            {
                using var http = restarted.CreateHttpClient();
                var profile = await GetJsonAsync(http, "/api/v1/profiles/acme.light.lang1");

                // zh-CN was stored as the maker wrote it and is served as the canonical zh.
                Assert.Equal(["en", "zh", "pt-BR"], profile.GetProperty("descriptions").EnumerateObject().Select(p => p.Name));
                Assert.Equal("吸顶灯", Text(profile, "names", "zh"));
                var mode = profile.GetProperty("services")[0].GetProperty("properties")[3];
                Assert.Equal("夜灯", Text(mode.GetProperty("value").GetProperty("list")[1], "descriptions", "zh"));
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task AStoredProfileWithoutTranslationsStillLoadsAndIsServedWithoutThem()
    {
        var data = Directory.CreateTempSubdirectory("aiothub-profile-texts-").FullName;
        try
        {
            // A document uploaded before profiles had names: no names or descriptions anywhere.
            var old = JsonNode.Parse(StripTranslations(Profile("acme.light.old1").ToJsonString()))!;
            Directory.CreateDirectory(Path.Combine(data, "profiles"));
            await File.WriteAllTextAsync(Path.Combine(data, "profiles", "acme.light.old1.v1.json"), old.ToJsonString(), Ct);

            await using var hub = new DeviceHub(("Devices:DataDirectory", data));
            using var http = hub.CreateHttpClient();
            var profile = await GetJsonAsync(http, "/api/v1/profiles/acme.light.old1/versions/1");

            Assert.False(profile.TryGetProperty("names", out _));
            Assert.False(profile.GetProperty("services")[0].GetProperty("properties")[1].TryGetProperty("descriptions", out _));
            Assert.Equal("Brightness of the light", profile.GetProperty("services")[0].GetProperty("properties")[1].GetProperty("description").GetString());
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task ABadTranslationIsRefusedWithItsJsonPathAndNothingIsStored()
    {
        await using var hub = new DeviceHub();
        using var http = await MakerAsync(hub);
        var profile = Profile("acme.light.bad1");
        profile["services"]![0]!["properties"]![1]!["descriptions"] = new JsonObject { ["zh_CN"] = "亮度", ["en"] = "Bright\nness" };

        var problem = await AssertProblemAsync(await http.PostAsync("/api/v1/profiles", Body(profile.ToJsonString()), Ct), HttpStatusCode.BadRequest);

        Assert.Equal(
            ["$.services[0].properties[1].descriptions.zh_CN", "$.services[0].properties[1].descriptions.en"],
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await AssertProblemAsync(await http.GetAsync("/api/v1/profiles/acme.light.bad1", Ct), HttpStatusCode.NotFound);
    }

    private static string? Text(JsonElement element, string key, string language) =>
        element.GetProperty(key).GetProperty(language).GetString();

    private static async Task<HttpClient> MakerAsync(DeviceHub hub)
    {
        using var owner = hub.CreateHttpClient();
        var maker = await owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name = "acme lab", role = "device-maker", @namespace = "acme" }, Ct);
        return hub.CreateHttpClient((await maker.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("secret").GetString());
    }

    private static string StripTranslations(string json)
    {
        var node = JsonNode.Parse(json)!;
        Strip(node);
        return node.ToJsonString();

        static void Strip(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                o.Remove("names");
                o.Remove("descriptions");
                foreach (var (_, child) in o.ToList())
                    Strip(child);
            }
            else if (node is JsonArray a)
            {
                foreach (var child in a)
                    Strip(child);
            }
        }
    }

    private static JsonObject Profile(string model)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "device-profiles")))
            directory = directory.Parent;
        Assert.NotNull(directory);
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(directory.FullName, "device-profiles", "aiot.light.ceiling1.json")))!.AsObject();
        profile["model"] = model;
        profile.Remove("$schema");
        return profile;
    }
}

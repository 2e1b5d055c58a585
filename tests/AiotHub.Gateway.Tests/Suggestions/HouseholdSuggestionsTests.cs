using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Suggestions;
using AiotHub.Gateway.Tests.Devices;
using AiotHub.Simulators.Households;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Suggestions;

/// <summary>
/// A generated household (simulators/…/Households: residents with planted routines and noise) put into a real hub —
/// its devices, rooms, automations and scenes, and 90 days of its activity in the hub's own log — then one pass of the
/// hub's mining service: suggestions appear, and every one of them is accepted by the hub as an ordinary automation
/// or scene (the miner's definitions pass the hub's own validation against the devices as the hub has them).
/// </summary>
public sealed class HouseholdSuggestionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EverySuggestionTheHubMinesFromAGeneratedHouseholdIsAcceptedAsAnOrdinaryAutomationOrScene()
    {
        await using var hub = new DeviceHub(("Suggestions:StartDelay", "01:00:00"), ("Automations:TimeZone", "Asia/Shanghai"),
            ("Automations:Latitude", "31.23"), ("Automations:Longitude", "121.47"));
        var household = HouseholdGenerator.Generate(
            new HouseholdOptions { Seed = 101, End = DateTimeOffset.UtcNow.AddMinutes(-1), Days = 90 }, hub.Registry.Profiles.Latest());
        Furnish(hub, household);
        var activity = hub.Services.GetRequiredService<ActivityStore>();
        activity.Append([.. household.History.Select(e => e with { Id = 0 })]);
        activity.Flush();
        var miner = hub.Services.GetRequiredService<SuggestionMiningService>();

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var mined = miner.RunPass(Ct);
        var elapsed = clock.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        TestContext.Current.SendDiagnosticMessage($"{household.Devices.Count} devices, {household.History.Count} entries: a pass took {elapsed.TotalMilliseconds:N0} ms ({used.TotalMilliseconds:N0} ms CPU of the whole process)");

        using var http = hub.CreateHttpClient();
        using var page = JsonDocument.Parse(await http.GetStringAsync("/api/v1/homes/home/suggestions?limit=500", Ct));
        var items = page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.Clone()).ToList();
        Assert.Equal([DeviceRegistry.DefaultHomeId], mined);
        Assert.True(items.Count >= household.Truth.Count / 2, $"{items.Count} suggestions for {household.Truth.Count} planted routines");
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "timeRoutine");
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "linkage");
        foreach (var item in items)
        {
            var id = item.GetProperty("id").GetString();
            using var response = await http.PostAsync($"/api/v1/homes/home/suggestions/{id}/accept", null, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            var expected = item.GetProperty("kind").GetString() == "correction" ? HttpStatusCode.OK : HttpStatusCode.Created;
            Assert.True(response.StatusCode == expected, $"{item.GetProperty("kind").GetString()} {item.GetProperty("title").GetProperty("en").GetString()}: {(int)response.StatusCode} {body}\n{item}");
        }

        using var open = JsonDocument.Parse(await http.GetStringAsync("/api/v1/homes/home/suggestions", Ct));
        Assert.Equal(0, open.RootElement.GetProperty("total").GetInt32());
    }

    /// <summary>The household's rooms, devices (named and placed), scenes and automations (which may run a scene), in the hub.</summary>
    private static void Furnish(DeviceHub hub, Household household)
    {
        const string home = DeviceRegistry.DefaultHomeId;
        var rooms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var device in household.Devices)
        {
            if (!rooms.TryGetValue(device.RoomName, out var roomId))
                rooms[device.RoomName] = roomId = hub.Registry.CreateRoom(home, device.RoomName)!.Id;
            hub.Registry.OnAnnounce(device.Id, new DeviceAnnouncement(device.Profile.Model));
            Assert.NotNull(hub.Registry.UpdateDevice(device.Id, name: device.Name, roomId: roomId));
        }

        var scenes = hub.Services.GetRequiredService<SceneCatalog>();
        foreach (var scene in household.Scenes)
        {
            var errors = new List<AiotHub.Core.Profiles.ProfileError>();
            var definition = SceneDefinitionReader.Read(scene, errors);
            Assert.True(definition is not null, string.Join("; ", errors));
            Assert.Equal(SceneWriteStatus.Done, scenes.Create(home, definition).Status);
        }

        var automations = hub.Services.GetRequiredService<AutomationCatalog>();
        foreach (var automation in household.Automations)
        {
            var result = automations.Create(home, automation.TryGetProperty("definition", out var definition) ? definition : automation);
            Assert.True(result.Status == AutomationWriteStatus.Done, string.Join("; ", result.Problems ?? []));
        }
    }
}

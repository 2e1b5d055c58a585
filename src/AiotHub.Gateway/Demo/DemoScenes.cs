using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Automation.Scenes;

namespace AiotHub.Gateway.Demo;

/// <summary>
/// The demo home's scenes, over the devices of simulators/scenarios/home.json. Created when absent
/// (by id), so a scene the user edited or deleted-and-recreated is left alone across restarts.
/// </summary>
internal static class DemoScenes
{
    public static readonly string[] Definitions =
    [
        """
        {"id": "good-night", "name": "Good night", "icon": "moon", "steps": [
          {"deviceId": "living-ceiling-light", "set": {"light.on": false}},
          {"deviceId": "living-tv", "set": {"television.on": false}},
          {"deviceId": "living-ac", "set": {"air-conditioner.on": false}},
          {"deviceId": "living-curtain", "set": {"curtain.target-position": 0}},
          {"deviceId": "bedroom-bulb", "set": {"light.on": true, "light.brightness": 10, "light.color-temperature": 2700}},
          {"deviceId": "bedroom-purifier", "set": {"air-purifier.on": true, "air-purifier.mode": 1}},
          {"deviceId": "living-speaker", "call": "intelligent-speaker.play-text", "in": {"text": "Good night"}}
        ]}
        """,
        """
        {"id": "movie", "name": "Movie", "icon": "film", "steps": [
          {"deviceId": "living-curtain", "set": {"curtain.target-position": 0}},
          {"deviceId": "living-ceiling-light", "set": {"light.on": true, "light.brightness": 15, "light.mode": 3}},
          {"deviceId": "living-tv", "set": {"television.on": true, "television.input-source": 1}},
          {"deviceId": "living-speaker", "set": {"speaker.mute": true}}
        ]}
        """,
        """
        {"id": "welcome-home", "name": "Welcome home", "icon": "home", "steps": [
          {"deviceId": "living-ceiling-light", "set": {"light.on": true, "light.brightness": 80, "light.mode": 0}},
          {"deviceId": "living-curtain", "set": {"curtain.target-position": 100}},
          {"deviceId": "living-ac", "set": {"air-conditioner.on": true, "air-conditioner.mode": 0, "air-conditioner.target-temperature": 24}},
          {"deviceId": "living-speaker", "call": "intelligent-speaker.play-text", "in": {"text": "Welcome home"}}
        ]}
        """,
        """
        {"id": "good-morning", "name": "Good morning", "icon": "sun", "steps": [
          {"deviceId": "bedroom-bulb", "set": {"light.on": true, "light.brightness": 70, "light.color-temperature": 4000}},
          {"deviceId": "living-curtain", "set": {"curtain.target-position": 100}},
          {"deviceId": "bedroom-purifier", "set": {"air-purifier.on": true, "air-purifier.mode": 0}}
        ]}
        """,
    ];

    /// <summary>Creates the scenes that do not exist yet; returns the problems of those that could not be created.</summary>
    public static List<string> CreateMissing(SceneCatalog scenes)
    {
        var problems = new List<string>();
        foreach (var text in Definitions)
        {
            using var document = JsonDocument.Parse(text);
            var errors = new List<ProfileError>();
            var definition = SceneDefinitionReader.Read(document.RootElement, errors);
            if (definition is null)
            {
                problems.AddRange(errors.Select(e => e.ToString()));
                continue;
            }

            if (scenes.Find(DeviceRegistry.DefaultHomeId, definition.Id!) is not null)
                continue;
            var result = scenes.Create(DeviceRegistry.DefaultHomeId, definition);
            if (result.Status == SceneWriteStatus.Invalid)
                problems.AddRange(result.Errors!.Select(e => $"{definition.Id}: {e}"));
        }

        return problems;
    }
}

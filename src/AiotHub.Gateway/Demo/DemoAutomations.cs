using System.Security.Cryptography;
using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Demo;

/// <summary>
/// The demo home's automations, over the devices of simulators/scenarios/home.json and the scenes
/// of <see cref="DemoScenes"/>. Created when absent (by id), like the scenes. Two run within a
/// minute of start, driven by the scenario's timeline: the wall switch (at 10 s) and the kettle (at 45 s).
/// </summary>
internal static class DemoAutomations
{
    /// <summary>The webhook example's hook id is made per hub (it is a secret); this placeholder is replaced.</summary>
    private const string HookPlaceholder = "{{hook-id}}";

    public static readonly string[] Definitions =
    [
        """
        {"id": "tv-movie-mode", "name": "TV movie mode",
         "description": "When the TV starts playing after sunset, remember the living-room light and dim it; when the TV stops, or stays paused for a minute, put the light back.",
         "triggers": [
           {"kind": "tv", "id": "started", "deviceId": "living-tv", "playback": "playing"},
           {"kind": "tv", "id": "stopped", "deviceId": "living-tv", "playback": "stopped"},
           {"kind": "tv", "id": "paused", "deviceId": "living-tv", "playback": "paused", "for": "1m"}
         ],
         "actions": [
           {"kind": "choose", "options": [
             {"conditions": [{"kind": "trigger", "id": "started"}, {"kind": "sun", "after": "sunset", "before": "sunrise"}],
              "actions": [
                {"kind": "snapshot", "name": "before-movie", "deviceIds": ["living-ceiling-light"]},
                {"kind": "set", "deviceId": "living-ceiling-light", "properties": {"light.on": true, "light.brightness": 15, "light.mode": 3}}
              ]},
             {"conditions": [{"kind": "trigger", "ids": ["stopped", "paused"]}],
              "actions": [{"kind": "restore", "name": "before-movie"}]}
           ]}
         ]}
        """,
        """
        {"id": "motion-night-light", "name": "Motion light at night", "mode": "restart",
         "description": "At night, motion in the living room turns the ceiling light on softly; two minutes without motion turn it off.",
         "triggers": [
           {"kind": "property", "id": "motion", "deviceId": "living-motion", "property": "motion-sensor.motion-state", "to": true},
           {"kind": "property", "id": "quiet", "deviceId": "living-motion", "property": "motion-sensor.motion-state", "to": false, "for": "2m"}
         ],
         "conditions": [{"kind": "time", "after": "20:00", "before": "07:00"}],
         "actions": [
           {"kind": "if", "conditions": [{"kind": "trigger", "id": "motion"}],
            "then": [{"kind": "set", "deviceId": "living-ceiling-light", "properties": {"light.on": true, "light.brightness": 20, "light.mode": 1}}],
            "else": [{"kind": "set", "deviceId": "living-ceiling-light", "properties": {"light.on": false}}]}
         ]}
        """,
        """
        {"id": "wall-switch-light", "name": "Wall switch controls the ceiling light",
         "description": "The wall switch's left button turns the living-room ceiling light on and off.",
         "triggers": [
           {"kind": "property", "id": "on", "deviceId": "living-wall-switch", "property": "left-switch.on", "to": true},
           {"kind": "property", "id": "off", "deviceId": "living-wall-switch", "property": "left-switch.on", "to": false}
         ],
         "actions": [
           {"kind": "choose",
            "options": [{"conditions": [{"kind": "trigger", "id": "on"}],
                         "actions": [{"kind": "set", "deviceId": "living-ceiling-light", "properties": {"light.on": true}}]}],
            "default": [{"kind": "set", "deviceId": "living-ceiling-light", "properties": {"light.on": false}}]}
         ]}
        """,
        """
        {"id": "kettle-on", "name": "Kettle is on",
         "description": "Says so on the phone when the kettle plug is switched on.",
         "triggers": [{"kind": "property", "deviceId": "kitchen-kettle-plug", "property": "switch.on", "to": true}],
         "actions": [{"kind": "notify", "title": "Kitchen", "message": "The kettle is on.", "level": "info"}]}
        """,
        """
        {"id": "good-night-weekdays", "name": "Good night on weekdays",
         "description": "At 23:00 from Monday to Friday: the good-night scene, and the home goes to sleep mode.",
         "triggers": [{"kind": "time", "at": "23:00", "weekdays": ["mon", "tue", "wed", "thu", "fri"]}],
         "actions": [
           {"kind": "scene", "sceneId": "good-night"},
           {"kind": "mode", "set": "sleep"}
         ]}
        """,
        """
        {"id": "leaving-home", "name": "Leaving home",
         "description": "When the home is set to away, everything in the living room and the bedroom is turned off.",
         "triggers": [{"kind": "mode", "to": "away"}],
         "actions": [
           {"kind": "set", "deviceId": "living-ceiling-light", "properties": {"light.on": false}},
           {"kind": "set", "deviceId": "bedroom-bulb", "properties": {"light.on": false}},
           {"kind": "set", "deviceId": "living-tv", "properties": {"television.on": false}},
           {"kind": "set", "deviceId": "living-ac", "properties": {"air-conditioner.on": false}},
           {"kind": "notify", "title": "Away", "message": "Lights, TV and air conditioner are off.", "level": "info"}
         ]}
        """,
        """
        {"id": "door-open-while-away", "name": "Front door opened while away", "rateLimit": {"runs": 5, "per": "10m"},
         "description": "An alert when the front door opens while nobody should be home.",
         "triggers": [{"kind": "event", "deviceId": "front-door", "event": "magnet-sensor.opened"}],
         "conditions": [{"kind": "mode", "in": ["away"]}],
         "actions": [{"kind": "notify", "title": "Security", "message": "The front door was opened while the home is away.", "level": "alert"}]}
        """,
        """
        {"id": "doorbell-webhook", "name": "Doorbell (webhook)",
         "description": "Another system calls POST /api/v1/hooks/{hookId}; the speaker announces a visitor.",
         "triggers": [{"kind": "webhook", "hookId": "{{hook-id}}"}],
         "actions": [
           {"kind": "call", "deviceId": "living-speaker", "action": "intelligent-speaker.play-text", "in": {"text": "Someone is at the door"}},
           {"kind": "notify", "title": "Doorbell", "message": "Someone is at the door.", "level": "info"}
         ]}
        """,
    ];

    /// <summary>Creates the automations that do not exist yet; returns the problems of those that could not be created.</summary>
    public static List<string> CreateMissing(AutomationCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var text in Definitions)
        {
            using var document = JsonDocument.Parse(text.Replace(HookPlaceholder, NewHookId(), StringComparison.Ordinal));
            var id = document.RootElement.GetProperty("id").GetString()!;
            if (catalog.Find(DeviceRegistry.DefaultHomeId, id) is not null)
                continue;
            var result = catalog.Create(DeviceRegistry.DefaultHomeId, document.RootElement);
            if (result.Status != AutomationWriteStatus.Done)
                problems.Add($"{id}: {result.Status} {string.Join("; ", (result.Problems ?? []).Select(p => p.ToString()))}");
        }

        return problems;
    }

    /// <summary>128 random bits in base64url (22 characters): as hard to guess as a token.</summary>
    private static string NewHookId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

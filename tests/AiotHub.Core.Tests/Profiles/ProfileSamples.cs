using System.Text.Json.Nodes;

namespace AiotHub.Core.Tests.Profiles;

/// <summary>A small valid profile that the invalid-document cases each break in one place.</summary>
internal static class ProfileSamples
{
    public const string Valid = """
        {
          "$schema": "schema/device-profile.schema.json",
          "model": "acme.light.lamp1",
          "type": "light",
          "version": 3,
          "description": "Desk lamp",
          "manufacturer": { "name": "Acme", "url": "https://acme.example", "product-name": "Acme Lamp" },
          "services": [
            {
              "iid": 1,
              "name": "light",
              "properties": [
                { "iid": 1, "name": "on", "format": "bool", "access": ["read", "write", "notify"], "telemetry": true },
                { "iid": 2, "name": "brightness", "format": "uint8", "access": ["read", "write", "notify"], "unit": "percentage", "value-range": [1, 100, 1] },
                { "iid": 3, "name": "mode", "format": "uint8", "access": ["read", "write"],
                  "value-list": [ { "value": 0, "description": "Day" }, { "value": 1, "description": "Night" } ] },
                { "iid": 4, "name": "temperature", "format": "float", "access": ["read", "notify"], "unit": "celsius", "value-range": [-20, 60, 0.5], "telemetry": true },
                { "iid": 5, "name": "label", "format": "string", "access": ["read", "write"], "max-length": 8 },
                { "iid": 6, "name": "power", "format": "uint16", "access": ["read"], "unit": "watt", "value-range": [0, 100, 1] }
              ],
              "actions": [
                { "iid": 1, "name": "toggle" },
                { "iid": 2, "name": "play-text", "in": [
                    { "name": "text", "format": "string", "max-length": 16 },
                    { "name": "volume", "format": "uint8", "unit": "percentage", "value-range": [0, 100, 5], "optional": true } ],
                  "out": [ { "name": "accepted", "format": "bool" } ] }
              ],
              "events": [
                { "iid": 1, "name": "voice-command", "arguments": [ { "name": "text", "format": "string" } ] }
              ]
            },
            { "iid": 2, "name": "battery", "properties": [
                { "iid": 1, "name": "battery-level", "format": "uint8", "access": ["read", "notify"], "unit": "percentage", "value-range": [0, 100, 1], "telemetry": true } ] }
          ]
        }
        """;

    public static JsonObject Node() => (JsonObject)JsonNode.Parse(Valid)!;

    /// <summary>The valid sample with one change applied to its JSON tree.</summary>
    public static string With(Action<JsonObject> change)
    {
        var root = Node();
        change(root);
        return root.ToJsonString();
    }

    public static JsonObject Service(JsonObject root, int index) => (JsonObject)root["services"]![index]!;

    public static JsonObject Property(JsonObject root, int service, int index) =>
        (JsonObject)Service(root, service)["properties"]![index]!;
}

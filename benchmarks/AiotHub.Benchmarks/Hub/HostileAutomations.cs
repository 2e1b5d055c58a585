using System.Text.Json.Nodes;

namespace AiotHub.Benchmarks.Hub;

/// <summary>The import documents of issue 12's hostile-import finding, and their variants at the limits.</summary>
internal static class HostileAutomations
{
    public static JsonObject Document(IEnumerable<JsonObject> automations) =>
        new() { ["format"] = "aiothub-automations/1", ["automations"] = new JsonArray([.. automations]) };

    /// <summary>The finding's automation: <paramref name="ifs"/> "if" actions of <paramref name="notifies"/> "notify" actions each, run by hand, in parallel.</summary>
    public static JsonObject Nested(string id, int ifs, int notifies, string message = "m", string? hold = null)
    {
        var actions = new JsonArray();
        for (var i = 0; i < ifs; i++)
        {
            var then = new JsonArray();
            for (var n = 0; n < notifies; n++)
                then.Add(new JsonObject { ["kind"] = "notify", ["message"] = message });
            actions.Add(new JsonObject
            {
                ["kind"] = "if",
                ["conditions"] = new JsonArray(new JsonObject { ["kind"] = "mode", ["in"] = new JsonArray("home", "away", "sleep") }),
                ["then"] = then,
            });
        }

        // A delay at the end keeps the runs in progress together, which is what costs memory.
        if (hold is not null)
            actions.Add(new JsonObject { ["kind"] = "delay", ["duration"] = hold });
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = id,
            ["mode"] = "parallel",
            ["max"] = 100,
            ["triggers"] = new JsonArray(new JsonObject { ["kind"] = "manual" }),
            ["actions"] = actions,
        };
    }

    /// <summary>How many steps <see cref="Nested"/> has: the trigger, each if with its condition and its notifies, the delay.</summary>
    public static int Steps(int ifs, int notifies, bool hold) => 1 + ifs * (2 + notifies) + (hold ? 1 : 0);

    /// <summary>An automation on a schedule that notifies <paramref name="notifies"/> times per run.</summary>
    public static JsonObject Scheduled(string id, string cron, int notifies)
    {
        var actions = new JsonArray();
        for (var n = 0; n < notifies; n++)
            actions.Add(new JsonObject { ["kind"] = "notify", ["message"] = $"{id} ran" });
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = id,
            ["triggers"] = new JsonArray(new JsonObject { ["kind"] = "schedule", ["cron"] = cron }),
            ["actions"] = actions,
        };
    }
}

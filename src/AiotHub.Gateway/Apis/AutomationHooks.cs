using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Automation.Automations;
using AiotHub.Gateway.Access;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// A webhook trigger's hook id is a secret that runs the automation without a token, so only those
/// who may run automations (owner, member) read it; for a guest or an integrator the definitions and
/// exports show <see cref="Hidden"/> in its place.
/// </summary>
internal static class AutomationHooks
{
    public const string Hidden = "(hidden)";

    /// <summary>Whether the request's token may see hook ids in <paramref name="homeId"/> (without authentication, everyone may).</summary>
    public static bool MaySee(HttpContext context, string homeId) =>
        context.GetAccessToken() is not { } token || token.RoleIn(homeId) is AccessRole.Owner or AccessRole.Member;

    public static AutomationEntry ForCaller(HttpContext context, AutomationEntry entry) =>
        MaySee(context, entry.HomeId) ? entry : entry with { Definition = Redact(entry.Definition) };

    /// <summary>The definition with each webhook trigger's hookId replaced by <see cref="Hidden"/>.</summary>
    public static JsonElement Redact(JsonElement definition)
    {
        if (JsonNode.Parse(definition.GetRawText()) is not JsonObject root)
            return definition;
        RedactTriggers(root);
        return JsonSerializer.SerializeToElement(root);
    }

    /// <summary>An export document with every automation's hook ids hidden.</summary>
    public static JsonElement RedactExport(JsonElement document)
    {
        if (JsonNode.Parse(document.GetRawText()) is not JsonObject root || root["automations"] is not JsonArray automations)
            return document;
        foreach (var automation in automations.OfType<JsonObject>())
            RedactTriggers(automation);
        return JsonSerializer.SerializeToElement(root);
    }

    private static void RedactTriggers(JsonObject automation)
    {
        if (automation["triggers"] is not JsonArray triggers)
            return;
        foreach (var trigger in triggers.OfType<JsonObject>())
        {
            if (trigger.ContainsKey("hookId"))
                trigger["hookId"] = Hidden;
        }
    }
}

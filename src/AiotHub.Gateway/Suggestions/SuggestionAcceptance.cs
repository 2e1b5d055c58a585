using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Profiles;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// Accepting a suggestion: its automation or scene is stored through the same catalog calls the automations and
/// scenes APIs use, so validation, ids, versions and events are the ordinary ones and the owner can edit the result
/// like any other. A definition the hub's validator now refuses (a device was removed since the pass) is a conflict
/// and nothing is stored. A correction replaces its automation only if nobody edited that automation since the pass.
/// One accept at a time, so the same suggestion is never stored twice.
/// </summary>
internal sealed class SuggestionAcceptance(
    SuggestionStore store, AutomationCatalog automations, SceneCatalog scenes, TimeProvider time, IOptions<SuggestionsOptions> options)
{
    private const int SceneIdAttempts = 20;

    private readonly Lock _lock = new();

    /// <summary>Stores suggestion <paramref name="key"/> of the home, named <paramref name="name"/> when given (else the suggested name).</summary>
    public SuggestionAcceptResult Accept(string homeId, string key, string? name)
    {
        lock (_lock)
        {
            if (!store.IsEnabled(homeId) || store.Find(homeId, key) is not { } stored)
                return new SuggestionAcceptResult(SuggestionAcceptStatus.NotFound);
            if (stored.Decision is { Status: SuggestionStatus.Accepted, AcceptedAs: { } accepted })
                return Conflict($"The suggestion was accepted already, as {accepted.Kind} '{accepted.Id}'.");

            var suggestion = stored.Suggestion;
            var result = suggestion switch
            {
                { ChangesAutomationId: { } id, Automation: { } definition } => Correct(homeId, id, stored.BaseVersion, definition, name),
                { Automation: { } definition } => CreateAutomation(homeId, definition, name),
                { Scene: { } definition } => CreateScene(homeId, definition, name),
                _ => Conflict("The suggestion holds neither an automation nor a scene."),
            };

            var acceptedAs = result switch
            {
                { Automation: { } entry } => new SuggestionAcceptedAs(SuggestionAcceptedAs.Automation, entry.Id),
                { Scene: { } scene } => new SuggestionAcceptedAs(SuggestionAcceptedAs.Scene, scene.Id),
                _ => null,
            };
            if (acceptedAs is not null)
                store.Decide(homeId, key, new SuggestionDecision(SuggestionStatus.Accepted, time.GetUtcNow(), AcceptedAs: acceptedAs), options.Value.MaxDecisionsPerHome);
            return result;
        }
    }

    private SuggestionAcceptResult CreateAutomation(string homeId, JsonElement definition, string? name)
    {
        var body = Named(definition, name);
        var result = automations.Create(homeId, Element(body));
        if (result.Status == AutomationWriteStatus.Duplicate && body.Remove("id"))
        {
            // The suggested id is taken (an automation made by hand since): a fresh one from the name.
            result = automations.Create(homeId, Element(body));
        }

        return result.Status == AutomationWriteStatus.Done
            ? new SuggestionAcceptResult(SuggestionAcceptStatus.CreatedAutomation, result.Automation)
            : Refused("automation", result.Problems);
    }

    private SuggestionAcceptResult Correct(string homeId, string automationId, long? baseVersion, JsonElement definition, string? name)
    {
        if (automations.Find(homeId, automationId) is null)
            return Conflict($"The automation '{automationId}' this correction changes no longer exists.");
        var body = Named(definition, name);
        body["id"] = automationId;
        var result = automations.Replace(homeId, automationId, Element(body), version => baseVersion is null || version == baseVersion);
        return result.Status switch
        {
            AutomationWriteStatus.Done => new SuggestionAcceptResult(SuggestionAcceptStatus.ReplacedAutomation, result.Automation),
            AutomationWriteStatus.NotFound => Conflict($"The automation '{automationId}' this correction changes no longer exists."),
            AutomationWriteStatus.VersionMismatch => Conflict(string.Create(CultureInfo.InvariantCulture,
                $"The automation '{automationId}' was changed since this correction was found (version {baseVersion} then, {result.Automation?.Version} now); nothing was replaced. The next pass looks at it again.")),
            _ => Refused("automation", result.Problems),
        };
    }

    private SuggestionAcceptResult CreateScene(string homeId, JsonElement definition, string? name)
    {
        var errors = new List<ProfileError>();
        if (SceneDefinitionReader.Read(definition, errors) is not { } read)
            return Refused("scene", errors);
        var scene = read with { Name = name ?? read.Name };
        var id = scene.Id ?? SceneIds.Slug(scene.Name);
        for (var attempt = 1; attempt <= SceneIdAttempts; attempt++)
        {
            // The slug of the name may be taken by a scene made by hand: "evening-2", "evening-3", …
            var candidate = attempt == 1 ? id : string.Create(CultureInfo.InvariantCulture, $"{id[..Math.Min(id.Length, SceneIds.MaxLength - 4)]}-{attempt}");
            var result = scenes.Create(homeId, scene with { Id = candidate });
            switch (result.Status)
            {
                case SceneWriteStatus.Done:
                    return new SuggestionAcceptResult(SuggestionAcceptStatus.CreatedScene, Scene: result.Scene);
                case SceneWriteStatus.Duplicate:
                    continue;
                default:
                    return Refused("scene", result.Errors);
            }
        }

        return Conflict($"The home already has scenes '{id}' to '{id}-{SceneIdAttempts}'; accept it with another name.");
    }

    private static JsonObject Named(JsonElement definition, string? name)
    {
        var body = JsonNode.Parse(definition.GetRawText()) as JsonObject ?? [];
        if (name is not null)
            body["name"] = name;
        return body;
    }

    private static JsonElement Element(JsonObject body) => JsonSerializer.SerializeToElement(body);

    private static SuggestionAcceptResult Refused(string what, IReadOnlyList<ProfileError>? problems)
    {
        problems ??= [];
        var first = problems.Count > 0 ? $": {problems[0].Path}: {problems[0].Message}" : "";
        return new SuggestionAcceptResult(SuggestionAcceptStatus.Conflict,
            Reason: $"The suggested {what} no longer fits the home{first}; nothing was stored.", Problems: problems);
    }

    private static SuggestionAcceptResult Conflict(string reason) => new(SuggestionAcceptStatus.Conflict, Reason: reason);
}

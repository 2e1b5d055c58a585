using System.Text.RegularExpressions;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Tests.Profiles;
using static AiotHub.Automation.Tests.Automations.Definitions.DefinitionFixture;

namespace AiotHub.Automation.Tests.Automations.Definitions;

/// <summary>
/// docs/automations.md "Format": every ```json block is tagged automation, trigger, condition or
/// action and is read and checked against the demo home the section describes, so the reference
/// cannot drift from the reader; the section shows every kind.
/// </summary>
public sealed partial class AutomationDocsTests
{
    private static readonly string[] TriggerKinds = ["property", "tv", "event", "availability", "time", "schedule", "sun", "mode", "manual", "webhook"];
    private static readonly string[] ConditionKinds = ["and", "or", "not", "property", "time", "sun", "mode", "availability", "trigger"];
    private static readonly string[] ActionKinds = ["set", "call", "scene", "delay", "wait", "if", "choose", "notify", "mode", "snapshot", "restore"];

    private readonly ManualClock _clock = new();

    [Fact]
    public void EveryJsonBlockOfTheFormatSectionIsTagged()
    {
        var section = FormatSection();

        var untagged = Regex.Matches(section, "^```json[ \t]*$", RegexOptions.Multiline);

        Assert.Empty(untagged);
        Assert.True(Blocks("automation").Count >= 3);
    }

    [Fact]
    public void EveryAutomationExampleIsValidInTheDemoHome()
    {
        using var catalog = DemoCatalog();

        foreach (var block in Blocks("automation"))
        {
            var result = catalog.Validate(Home, Json(block));
            Assert.True(result.Status == AutomationWriteStatus.Done, $"{string.Join("; ", result.Problems ?? [])}\n{block}");
        }
    }

    [Fact]
    public void EveryTriggerConditionAndActionExampleIsValidInTheDemoHome()
    {
        using var catalog = DemoCatalog();
        var examples = Blocks("trigger").Select(b => (Kind: Kind(b), Json: Wrap(trigger: b)))
            .Concat(Blocks("condition").Select(b => (Kind: Kind(b), Json: Wrap(condition: b))))
            .Concat(Blocks("action").Select(b => (Kind: Kind(b), Json: Wrap(action: b))));

        foreach (var (_, json) in examples)
        {
            var result = catalog.Validate(Home, Json(json));
            Assert.True(result.Status == AutomationWriteStatus.Done, $"{string.Join("; ", result.Problems ?? [])}\n{json}");
        }
    }

    [Fact]
    public void TheSectionShowsEveryKind()
    {
        var conditions = string.Join("\n", Blocks("condition"));

        Assert.Equal(TriggerKinds.Order(), Blocks("trigger").Select(Kind).Distinct().Order());
        Assert.Equal(ActionKinds.Order(), Blocks("action").Select(Kind).Distinct().Order());
        Assert.All(ConditionKinds, kind => Assert.Contains($"\"kind\": \"{kind}\"", conditions, StringComparison.Ordinal));
    }

    /// <summary>The demo home the section names: its devices, the scenes movie and good-night, and a location.</summary>
    private AutomationCatalog DemoCatalog()
    {
        var registry = Registry(_clock);
        var scenes = new SceneCatalog(registry, timeProvider: _clock);
        scenes.Create(Home, new SceneDefinition("movie", "Movie", null, [new SceneStep("living-light", Set: Json("""{"light.brightness":10}"""))]));
        scenes.Create(Home, new SceneDefinition("good-night", "Good night", null, [new SceneStep("lamp-1", Set: Json("""{"light.on":false}"""))]));
        return new AutomationCatalog(registry, scenes, null, _clock, new AutomationEngineOptions { Latitude = 52.52, Longitude = 13.40 });
    }

    /// <summary>A fragment inside an automation whose triggers have the ids "started" and "stopped" and which takes the snapshot "before-movie".</summary>
    private static string Wrap(string? trigger = null, string? condition = null, string? action = null) => $$"""
        {"name":"Docs example",
         "triggers":[{"kind":"manual","id":"started"},{"kind":"manual","id":"stopped"}{{(trigger is null ? "" : "," + trigger)}}],
         "conditions":[{{condition}}],
         "actions":[{"kind":"snapshot","name":"before-movie","deviceIds":["living-light","floor-lamp"]}{{(action is null ? "" : "," + action)}}]}
        """;

    private static string Kind(string json) => Json(json).GetProperty("kind").GetString()!;

    private static List<string> Blocks(string tag) =>
        [.. Regex.Matches(FormatSection(), "^```json " + tag + "\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline).Select(m => m.Groups[1].Value)];

    private static string FormatSection()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Docs, "automations.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf("\n## Format\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/automations.md has no ## Format section");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }
}

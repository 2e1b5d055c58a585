using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;
using AiotHub.Core.Tests.Devices;

namespace AiotHub.Automation.Tests.Automations.Definitions;

/// <summary>A home of real-profile devices for definition tests, and reading helpers.</summary>
internal static class DefinitionFixture
{
    public const string Home = DeviceRegistry.DefaultHomeId;

    /// <summary>The devices the docs' examples name, online, from the shipped profiles.</summary>
    public static DeviceRegistry Registry(ManualClock clock, Core.Devices.Persistence.DeviceStore? store = null)
    {
        var registry = TestRegistry.Create(clock, store: store);
        registry.Online("hall-motion", "aiot.sensor.motion1");
        registry.Online("hall-light");
        registry.Online("lamp-1");
        registry.Online("living-light");
        registry.Online("floor-lamp");
        registry.Online("speaker-1", TestRegistry.Speaker);
        registry.Online("tv", "aiot.tv.t1");
        registry.Online("tv-box", "aiot.tvbox.b1");
        registry.Online("button-1", "aiot.switch.wall2");
        registry.Online("th-1", "aiot.sensor.th1");
        return registry;
    }

    public static JsonElement Json(string json) => TestRegistry.Json(json);

    public static AutomationDefinition Read(string json)
    {
        var errors = new List<ProfileError>();
        var definition = AutomationReader.Read(Json(json), errors);
        Assert.True(definition is not null && errors.Count == 0, string.Join("; ", errors));
        return definition;
    }

    public static List<ProfileError> Problems(string json)
    {
        var errors = new List<ProfileError>();
        var definition = AutomationReader.Read(Json(json), errors);
        Assert.Null(definition);
        return errors;
    }

    /// <summary>A valid automation around one trigger, condition list and action list given as JSON fragments.</summary>
    public static string With(string trigger = """{"kind":"manual"}""", string conditions = "[]", string actions = """[{"kind":"delay","duration":"1s"}]""") =>
        $$"""{"name":"Test","triggers":[{{trigger}}],"conditions":{{conditions}},"actions":{{actions}}}""";
}

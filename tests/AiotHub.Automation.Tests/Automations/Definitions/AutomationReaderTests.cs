using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Automations.Actions;
using AiotHub.Automation.Automations.Conditions;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Schedules;
using AiotHub.Core.Devices;
using static AiotHub.Automation.Tests.Automations.Definitions.DefinitionFixture;

namespace AiotHub.Automation.Tests.Automations.Definitions;

/// <summary>The reader: every kind of the format into the model, every shape error at its exact JSON path.</summary>
public sealed class AutomationReaderTests
{
    [Fact]
    public void EveryTriggerKindIsReadWithItsPathAndValues()
    {
        var definition = Read("""
            {"id":"all-triggers","name":"All triggers","mode":"queued","max":5,"rateLimit":{"runs":3,"per":"1m"},
             "triggers":[
               {"kind":"property","id":"motion","deviceId":"hall-motion","property":"motion-sensor.motion-state","to":true,"from":false,"for":"5m"},
               {"kind":"tv","deviceId":"tv","playback":"playing","from":"paused","for":"2s"},
               {"kind":"event","deviceId":"button-1","event":"buttons.click","arguments":{"button":1}},
               {"kind":"availability","deviceId":"tv","to":"offline","for":"2m"},
               {"kind":"time","at":["07:30","19:00:15"],"weekdays":["mon","sun"]},
               {"kind":"schedule","cron":"0 */15 * * * *"},
               {"kind":"sun","event":"sunset","offset":"-30m"},
               {"kind":"mode","to":"away","from":"home"},
               {"kind":"manual"},
               {"kind":"webhook","hookId":"k3Jd9_abcdefghijk-"}
             ],
             "actions":[{"kind":"delay","duration":"1h30m"}]}
            """);

        Assert.Equal(("all-triggers", "All triggers", AutomationMode.Queued, 5), (definition.Id, definition.Name, definition.Mode, definition.Max));
        Assert.Equal(new AutomationRateLimit(3, TimeSpan.FromMinutes(1)), definition.RateLimit);
        var t = definition.Triggers;
        var property = Assert.IsType<PropertyTrigger>(t[0]);
        Assert.Equal(("$.triggers[0]", "motion", "hall-motion", "motion-sensor.motion-state", TimeSpan.FromMinutes(5)), (property.Path, property.Id, property.DeviceId, property.Property, property.For));
        Assert.Equal((JsonValueKind.True, JsonValueKind.False), (property.To!.Value.ValueKind, property.From!.Value.ValueKind));
        var tv = Assert.IsType<PropertyTrigger>(t[1]);
        Assert.Equal(("tv", "playback-state", "playing", "paused"), (tv.Kind, tv.Property, tv.To!.Value.GetString(), tv.From!.Value.GetString()));
        var click = Assert.IsType<EventTrigger>(t[2]);
        Assert.Equal(("buttons.click", 1), (click.Event, click.Arguments!.Value.GetProperty("button").GetInt32()));
        Assert.Equal((AvailabilityState.Offline, TimeSpan.FromMinutes(2)), (Assert.IsType<AvailabilityTrigger>(t[3]).To, t[3] is AvailabilityTrigger a ? a.For : null));
        var time = Assert.IsType<TimeTrigger>(t[4]);
        Assert.Equal([new TimeOnly(7, 30), new TimeOnly(19, 0, 15)], time.At);
        Assert.Equal(new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Sunday }, time.Weekdays);
        Assert.Equal("0 */15 * * * *", Assert.IsType<ScheduleTrigger>(t[5]).Schedule.Expression);
        Assert.Equal((SunEventKind.Sunset, TimeSpan.FromMinutes(-30)), (Assert.IsType<SunTrigger>(t[6]).Event, ((SunTrigger)t[6]).Offset));
        Assert.Equal(("home", "away"), (Assert.IsType<ModeTrigger>(t[7]).From, ((ModeTrigger)t[7]).To));
        Assert.IsType<ManualTrigger>(t[8]);
        Assert.Equal("k3Jd9_abcdefghijk-", Assert.IsType<WebhookTrigger>(t[9]).HookId);
        Assert.Equal(TimeSpan.FromMinutes(90), Assert.IsType<DelayAction>(Assert.Single(definition.Actions)).Duration);
    }

    [Fact]
    public void EveryConditionKindIsReadWithNestedPaths()
    {
        var definition = Read("""
            {"name":"Conditions","triggers":[{"kind":"manual","id":"started"},{"kind":"manual","id":"stopped"}],
             "conditions":[
               {"kind":"and","conditions":[{"kind":"or","conditions":[{"kind":"not","conditions":[{"kind":"mode","in":["away","sleep"]}]}]}]},
               {"kind":"property","deviceId":"th-1","property":"environment.temperature","above":20,"below":26.5},
               {"kind":"property","deviceId":"lamp-1","property":"light.mode","in":["Night",1]},
               {"kind":"property","deviceId":"lamp-1","property":"light.on","notEquals":true},
               {"kind":"time","after":"22:00","before":"06:00","weekdays":["sat","sun"]},
               {"kind":"sun","after":"sunset","afterOffset":"-30m","before":"sunrise","beforeOffset":"0s"},
               {"kind":"sun","elevationBelow":-6},
               {"kind":"availability","deviceId":"tv","is":"online"},
               {"kind":"trigger","id":"started"},
               {"kind":"trigger","ids":["started","stopped"]}
             ],
             "actions":[{"kind":"delay","duration":"1s"}]}
            """);

        var c = definition.Conditions;
        var and = Assert.IsType<LogicCondition>(c[0]);
        var or = Assert.IsType<LogicCondition>(Assert.Single(and.Conditions));
        var not = Assert.IsType<LogicCondition>(Assert.Single(or.Conditions));
        var mode = Assert.IsType<ModeCondition>(Assert.Single(not.Conditions));
        Assert.Equal((LogicOperator.Not, "$.conditions[0].conditions[0].conditions[0].conditions[0]"), (not.Operator, mode.Path));
        Assert.Equal(["away", "sleep"], mode.In);
        Assert.Equal((20d, 26.5d), (Assert.IsType<PropertyCondition>(c[1]).Above, ((PropertyCondition)c[1]).Below));
        Assert.Equal(2, ((PropertyCondition)c[2]).In!.Count);
        Assert.Equal(JsonValueKind.True, ((PropertyCondition)c[3]).NotEqualTo!.Value.ValueKind);
        var time = Assert.IsType<TimeCondition>(c[4]);
        Assert.Equal((new TimeOnly(22, 0), new TimeOnly(6, 0), 2), (time.After, time.Before, time.Weekdays!.Count));
        var sun = Assert.IsType<SunCondition>(c[5]);
        Assert.Equal((SunEventKind.Sunset, TimeSpan.FromMinutes(-30), SunEventKind.Sunrise), (sun.After, sun.AfterOffset, sun.Before));
        Assert.Equal(-6, Assert.IsType<SunCondition>(c[6]).ElevationBelow);
        Assert.Equal(AvailabilityState.Online, Assert.IsType<AvailabilityCondition>(c[7]).Is);
        Assert.Equal(["started"], Assert.IsType<TriggerCondition>(c[8]).Ids);
        Assert.Equal(["started", "stopped"], Assert.IsType<TriggerCondition>(c[9]).Ids);
    }

    [Fact]
    public void EveryActionKindIsReadWithNestedPaths()
    {
        var definition = Read("""
            {"name":"Actions","triggers":[{"kind":"manual"}],
             "actions":[
               {"kind":"set","deviceId":"lamp-1","properties":{"light.on":true,"light.brightness":30}},
               {"kind":"call","deviceId":"speaker-1","action":"intelligent-speaker.play-text","in":{"text":"Good night"}},
               {"kind":"scene","sceneId":"good-night"},
               {"kind":"delay","duration":"500ms"},
               {"kind":"wait","triggers":[{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","to":false}],"timeout":"10m","continueOnTimeout":true},
               {"kind":"wait","trigger":{"kind":"event","deviceId":"button-1","event":"buttons.click"},"timeout":"1m"},
               {"kind":"if","conditions":[{"kind":"mode","in":["home"]}],"then":[{"kind":"notify","message":"Home"}],"else":[{"kind":"mode","set":"away"}]},
               {"kind":"choose","options":[{"conditions":[{"kind":"mode","in":["sleep"]}],"actions":[{"kind":"delay","duration":"1s"}]}],"default":[{"kind":"notify","message":"Hi","title":"Hello","level":"alert"}]},
               {"kind":"snapshot","name":"before-movie","deviceIds":["living-light","floor-lamp"]},
               {"kind":"restore","name":"before-movie"}
             ]}
            """);

        var a = definition.Actions;
        Assert.Equal(30, Assert.IsType<SetPropertiesAction>(a[0]).Properties.GetProperty("light.brightness").GetInt32());
        Assert.Equal("Good night", Assert.IsType<CallAction>(a[1]).In!.Value.GetProperty("text").GetString());
        Assert.Equal("good-night", Assert.IsType<SceneAction>(a[2]).SceneId);
        Assert.Equal(TimeSpan.FromMilliseconds(500), Assert.IsType<DelayAction>(a[3]).Duration);
        var wait = Assert.IsType<WaitAction>(a[4]);
        Assert.Equal((TimeSpan.FromMinutes(10), true, "$.actions[4].triggers[0]"), (wait.Timeout, wait.ContinueOnTimeout, Assert.Single(wait.Triggers).Path));
        var single = Assert.IsType<WaitAction>(a[5]);
        Assert.Equal(("$.actions[5].trigger", false), (Assert.Single(single.Triggers).Path, single.ContinueOnTimeout));
        var branch = Assert.IsType<IfAction>(a[6]);
        Assert.Equal(("$.actions[6].then[0]", "$.actions[6].else[0]"), (Assert.Single(branch.Then).Path, Assert.Single(branch.Else).Path));
        Assert.Equal("away", Assert.IsType<SetModeAction>(branch.Else[0]).Mode);
        var choose = Assert.IsType<ChooseAction>(a[7]);
        Assert.Equal("$.actions[7].options[0].actions[0]", Assert.Single(Assert.Single(choose.Options).Actions).Path);
        var notify = Assert.IsType<NotifyAction>(Assert.Single(choose.Default));
        Assert.Equal(("Hi", "Hello", "alert"), (notify.Message, notify.Title, notify.Level));
        Assert.Equal(["living-light", "floor-lamp"], Assert.IsType<SnapshotAction>(a[8]).DeviceIds);
        Assert.Equal("before-movie", Assert.IsType<RestoreAction>(a[9]).Name);
        Assert.Equal("info", Assert.IsType<NotifyAction>(branch.Then[0]).Level);
    }

    [Fact]
    public void DefaultsAreSingleModeTenMaxEnabledAndNoConditions()
    {
        var definition = Read("""{"name":"Plain","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""");

        Assert.Equal(("", AutomationMode.Single, 10, null), (definition.Id, definition.Mode, definition.Max, definition.RateLimit));
        Assert.Empty(definition.Conditions);
        Assert.True(AutomationReader.ReadEnabled(Json("""{"name":"x"}""")));
        Assert.False(AutomationReader.ReadEnabled(Json("""{"enabled":false}""")));
    }

    [Theory]
    [InlineData("""[1]""", "$", "expected an automation")]
    [InlineData("""{"triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.name", "required")]
    [InlineData("""{"name":"x","triggers":[],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.triggers", "1 to 100")]
    [InlineData("""{"name":"x","triggers":[{"kind":"manual"}],"actions":[]}""", "$.actions", "1 to 100")]
    [InlineData("""{"name":"x","triggers":[{"kind":"manual"}]}""", "$.actions", "required")]
    [InlineData("""{"name":"x","trigers":[],"triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.trigers", "unknown field")]
    [InlineData("""{"name":"x","id":"Hall Light","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.id", "lower-case")]
    [InlineData("""{"name":"x","mode":"once","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.mode", "single | restart | queued | parallel")]
    [InlineData("""{"name":"x","mode":"queued","max":101,"triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.max", "1 to 100")]
    [InlineData("""{"name":"x","mode":"queued","max":0,"triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.max", "1 to 100")]
    [InlineData("""{"name":"x","max":5,"triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.max", "queued and parallel")]
    [InlineData("""{"name":"x","rateLimit":{"runs":0,"per":"1m"},"triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.rateLimit.runs", "from 1")]
    [InlineData("""{"name":"x","rateLimit":{"runs":2,"per":"1 minute"},"triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.rateLimit.per", "duration")]
    [InlineData("""{"name":"x","enabled":"yes","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.enabled", "true or false")]
    [InlineData("""{"name":"","triggers":[{"kind":"manual"}],"actions":[{"kind":"delay","duration":"1s"}]}""", "$.name", "1 to 100")]
    public void ATopLevelShapeErrorIsReportedAtItsPath(string json, string path, string message)
    {
        var problem = Assert.Single(Problems(json));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"deviceId":"x"}""", "$.triggers[0].kind", "required")]
    [InlineData("""{"kind":"motion"}""", "$.triggers[0].kind", "unknown trigger kind 'motion'")]
    [InlineData("""{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","for":"5 min"}""", "$.triggers[0].for", "duration")]
    [InlineData("""{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","for":"-5m"}""", "$.triggers[0].for", "duration")]
    [InlineData("""{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","for":"0s"}""", "$.triggers[0].for", "more than zero")]
    [InlineData("""{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","to":{"a":1}}""", "$.triggers[0].to", "expected a string, number or true/false")]
    [InlineData("""{"kind":"property","deviceId":"hall-motion","property":"motion-sensor.motion-state","For":"5m"}""", "$.triggers[0].For", "unknown field")]
    [InlineData("""{"kind":"property","deviceId":"th-1","property":"environment.temperature","above":30,"below":20}""", "$.triggers[0].below", "must be more than above")]
    [InlineData("""{"kind":"property","property":"motion-sensor.motion-state"}""", "$.triggers[0].deviceId", "required")]
    [InlineData("""{"kind":"property","deviceId":7,"property":"motion-sensor.motion-state"}""", "$.triggers[0].deviceId", "expected a text")]
    [InlineData("""{"kind":"tv","deviceId":"tv","playback":"rewinding"}""", "$.triggers[0].playback", "playing | paused | stopped | buffering")]
    [InlineData("""{"kind":"tv","deviceId":"tv","playback":"playing","app":"netflix"}""", "$.triggers[0]", "exactly one of playback, app or input")]
    [InlineData("""{"kind":"availability","deviceId":"tv","to":"gone"}""", "$.triggers[0].to", "online | offline")]
    [InlineData("""{"kind":"time","at":"7:30"}""", "$.triggers[0].at", "HH:mm")]
    [InlineData("""{"kind":"time","at":"24:00"}""", "$.triggers[0].at", "HH:mm")]
    [InlineData("""{"kind":"time","at":["07:30","07:61"]}""", "$.triggers[0].at[1]", "HH:mm")]
    [InlineData("""{"kind":"time","at":["07:30","07:30"]}""", "$.triggers[0].at[1]", "the same time twice")]
    [InlineData("""{"kind":"time","at":"07:30","weekdays":["mon","funday"]}""", "$.triggers[0].weekdays[1]", "expected a weekday")]
    [InlineData("""{"kind":"time","at":"07:30","weekdays":["mon","mon"]}""", "$.triggers[0].weekdays[1]", "listed twice")]
    [InlineData("""{"kind":"time"}""", "$.triggers[0].at", "required")]
    [InlineData("""{"kind":"schedule","cron":"every five minutes"}""", "$.triggers[0].cron", "")]
    [InlineData("""{"kind":"schedule","cron":"0 61 * * * *"}""", "$.triggers[0].cron", "minute")]
    [InlineData("""{"kind":"sun","event":"dusk"}""", "$.triggers[0].event", "sunrise, sunset")]
    [InlineData("""{"kind":"sun","event":"sunset","offset":"-13h"}""", "$.triggers[0].offset", "at most 12 hours")]
    [InlineData("""{"kind":"webhook","hookId":"short"}""", "$.triggers[0].hookId", "16 to 128")]
    [InlineData("""{"kind":"webhook","hookId":"has spaces in it, sixteen+"}""", "$.triggers[0].hookId", "16 to 128")]
    [InlineData("""{"kind":"manual","deviceId":"x"}""", "$.triggers[0].deviceId", "unknown field")]
    [InlineData("""{"kind":"event","deviceId":"button-1","event":"buttons.click","arguments":[1]}""", "$.triggers[0].arguments", "expected an object")]
    public void ATriggerShapeErrorIsReportedAtItsPath(string trigger, string path, string message)
    {
        var problem = Assert.Single(Problems(With(trigger)));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoTriggersWithOneIdAreRefusedAtTheSecond()
    {
        var problem = Assert.Single(Problems("""
            {"name":"x","triggers":[{"kind":"manual","id":"a"},{"kind":"manual","id":"a"}],"actions":[{"kind":"delay","duration":"1s"}]}
            """));

        Assert.Equal(("$.triggers[1].id", "another trigger already has the id 'a'"), (problem.Path, problem.Message));
    }

    [Theory]
    [InlineData("""[{"kind":"maybe"}]""", "$.conditions[0].kind", "unknown condition kind")]
    [InlineData("""[{"kind":"and","conditions":[]}]""", "$.conditions[0].conditions", "1 to 100")]
    [InlineData("""[{"kind":"or","conditions":[{"kind":"time","after":"25:00"}]}]""", "$.conditions[0].conditions[0].after", "HH:mm")]
    [InlineData("""[{"kind":"property","deviceId":"lamp-1","property":"light.on"}]""", "$.conditions[0]", "exactly one of equals")]
    [InlineData("""[{"kind":"property","deviceId":"lamp-1","property":"light.on","equals":true,"in":[true]}]""", "$.conditions[0]", "exactly one of equals")]
    [InlineData("""[{"kind":"property","deviceId":"lamp-1","property":"light.mode","in":[1,[2]]}]""", "$.conditions[0].in[1]", "expected a string")]
    [InlineData("""[{"kind":"time"}]""", "$.conditions[0]", "after, before or weekdays")]
    [InlineData("""[{"kind":"time","after":"10:00","before":"10:00"}]""", "$.conditions[0].before", "the window is empty")]
    [InlineData("""[{"kind":"sun","afterOffset":"-30m","before":"sunrise"}]""", "$.conditions[0].afterOffset", "needs after")]
    [InlineData("""[{"kind":"sun","elevationAbove":91}]""", "$.conditions[0].elevationAbove", "-90 to 90")]
    [InlineData("""[{"kind":"sun"}]""", "$.conditions[0]", "after, before, elevationAbove or elevationBelow")]
    [InlineData("""[{"kind":"mode","in":[]}]""", "$.conditions[0].in", "1 to 100")]
    [InlineData("""[{"kind":"availability","deviceId":"tv"}]""", "$.conditions[0].is", "required")]
    [InlineData("""[{"kind":"trigger","id":"nope"}]""", "$.conditions[0].id", "no trigger of this automation has the id 'nope'")]
    [InlineData("""[{"kind":"trigger","ids":["nope"]}]""", "$.conditions[0].ids[0]", "no trigger of this automation has the id 'nope'")]
    [InlineData("""[{"kind":"trigger","id":"a","ids":["a"]}]""", "$.conditions[0]", "one of id or ids")]
    public void AConditionShapeErrorIsReportedAtItsPath(string conditions, string path, string message)
    {
        var problem = Assert.Single(Problems(With(conditions: conditions)));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kind":"jump"}""", "$.actions[0].kind", "unknown action kind")]
    [InlineData("""{"kind":"set","deviceId":"lamp-1","properties":{}}""", "$.actions[0].properties", "at least one")]
    [InlineData("""{"kind":"set","deviceId":"lamp-1"}""", "$.actions[0].properties", "required")]
    [InlineData("""{"kind":"call","deviceId":"speaker-1","action":"intelligent-speaker.play-text","in":"hi"}""", "$.actions[0].in", "expected an object")]
    [InlineData("""{"kind":"delay","duration":"5"}""", "$.actions[0].duration", "duration")]
    [InlineData("""{"kind":"delay","duration":"30m1h"}""", "$.actions[0].duration", "duration")]
    [InlineData("""{"kind":"delay","duration":"400d"}""", "$.actions[0].duration", "duration")]
    [InlineData("""{"kind":"wait","trigger":{"kind":"time","at":"07:00"},"timeout":"1m"}""", "$.actions[0].trigger.kind", "cannot wait for a time trigger")]
    [InlineData("""{"kind":"wait","triggers":[{"kind":"manual"}],"timeout":"1m"}""", "$.actions[0].triggers[0].kind", "cannot wait for a manual trigger")]
    [InlineData("""{"kind":"wait","trigger":{"kind":"mode","to":"away"}}""", "$.actions[0].timeout", "required")]
    [InlineData("""{"kind":"wait","timeout":"1m"}""", "$.actions[0]", "one of trigger or triggers")]
    [InlineData("""{"kind":"if","conditions":[{"kind":"mode","in":["home"]}],"then":[{"kind":"delay","duration":"x"}]}""", "$.actions[0].then[0].duration", "duration")]
    [InlineData("""{"kind":"if","conditions":[],"then":[{"kind":"delay","duration":"1s"}]}""", "$.actions[0].conditions", "1 to 100")]
    [InlineData("""{"kind":"choose","options":[{"conditions":[{"kind":"mode","in":["home"]}],"actions":[{"kind":"notify"}]}]}""", "$.actions[0].options[0].actions[0].message", "required")]
    [InlineData("""{"kind":"choose","options":[{"when":[],"conditions":[{"kind":"mode","in":["home"]}],"actions":[{"kind":"delay","duration":"1s"}]}]}""", "$.actions[0].options[0].when", "unknown field")]
    [InlineData("""{"kind":"notify","message":"x","level":"panic"}""", "$.actions[0].level", "info | warning | alert")]
    [InlineData("""{"kind":"mode"}""", "$.actions[0].set", "required")]
    [InlineData("""{"kind":"snapshot","name":"s","deviceIds":[]}""", "$.actions[0].deviceIds", "1 to 100")]
    [InlineData("""{"kind":"restore","name":"never-saved"}""", "$.actions[0].name", "no snapshot action")]
    [InlineData("""{"kind":"scene"}""", "$.actions[0].sceneId", "required")]
    public void AnActionShapeErrorIsReportedAtItsPath(string action, string path, string message)
    {
        var problem = Assert.Single(Problems(With(actions: "[" + action + "]")));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingDeeperThanTheLimitIsRefused()
    {
        var json = """{"kind":"delay","duration":"1s"}""";
        for (var i = 0; i < AutomationReader.MaxDepth; i++)
            json = $$"""{"kind":"if","conditions":[{"kind":"mode","in":["home"]}],"then":[{{json}}]}""";

        var problems = Problems(With(actions: "[" + json + "]"));

        Assert.All(problems, p => Assert.Contains("nest at most", p.Message, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.actions[0]" + string.Concat(Enumerable.Repeat(".then[0]", AutomationReader.MaxDepth)));
    }

    [Fact]
    public void EveryProblemOfADefinitionIsReportedNotOnlyTheFirst()
    {
        var problems = Problems("""
            {"name":"x","triggers":[{"kind":"time","at":"7"},{"kind":"sun","event":"noon"}],
             "actions":[{"kind":"delay","duration":"soon"},{"kind":"notify"}]}
            """);

        Assert.Equal(["$.triggers[0].at", "$.triggers[1].event", "$.actions[0].duration", "$.actions[1].message"], problems.Select(p => p.Path));
    }
}
